package io.scimtool.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IdentifiersTest {
  @Test
  void nameFromTheRequestThenTheResponseThenTheIdInThePath() {
    assertEquals(
        "alice@x.com",
        Identifiers.derive("/scim/v2/Users", "{\"userName\":\"alice@x.com\"}", null));
    assertEquals(
        "Finance",
        Identifiers.derive(
            "/scim/v2/Groups/g1", null, "{\"id\":\"g1\",\"displayName\":\"Finance\"}"));
    assertEquals("u-42", Identifiers.derive("/scim/v2/Users/u-42", null, null));
    assertNull(Identifiers.derive("/scim/v2/ServiceProviderConfig", null, null));
    assertNull(Identifiers.derive("/scim/v2/Users/.search", null, null));
  }

  @Test
  void theFirstNameKeyWinsAndNameValuesAreNotKeys() {
    assertEquals(
        "D",
        Identifiers.derive("/scim/v2/Users", null, "{\"displayName\":\"D\",\"userName\":\"u\"}"));
    assertEquals(
        "u",
        Identifiers.derive("/scim/v2/Users", null, "{\"userName\":\"u\",\"displayName\":\"D\"}"));
    assertEquals(
        "u",
        Identifiers.derive(
            "/scim/v2/Users",
            null,
            "{\"title\":\"userName\",\"x\":\"displayName\",\"userName\":\"u\"}"));
  }

  @Test
  void entraKeepaliveIsRecognisedExactly() {
    String probe = "filter=userName eq \"7c1e3a52-5f43-4b0b-9b7e-2d6c7a1f9e10\"";
    String empty = "{\"totalResults\":0,\"Resources\":[]}";
    assertTrue(Identifiers.isKeepalive("GET", "/scim/v2/Users", probe, 200, empty));
    assertFalse(
        Identifiers.isKeepalive("GET", "/scim/v2/Users", probe, 200, "{\"totalResults\":1}"),
        "a GUID-named user that exists is a real lookup");
    assertFalse(
        Identifiers.isKeepalive(
            "GET", "/scim/v2/Users", "filter=userName eq \"alice@x.com\"", 200, empty));
    assertFalse(Identifiers.isKeepalive("GET", "/scim/v2/Groups", probe, 200, empty));
    assertFalse(Identifiers.isKeepalive("GET", "/scim/v2/Users", probe, 401, empty));
  }
}
