package io.scimtool.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceProviderConfigDocumentTest {
  private final JsonObject document =
      ServiceProviderConfigDocument.build(
          new ServiceProviderCapabilities(true, false, 1000, 1048576, true, 200, false, true, true),
          URI.create("https://scim.example.com/scim/v2/ServiceProviderConfig"));

  @Test
  void carriesExactlyTheRfc7643Section5Attributes() {
    assertEquals(
        Set.of(
            "schemas",
            "patch",
            "bulk",
            "filter",
            "changePassword",
            "sort",
            "etag",
            "authenticationSchemes",
            "meta"),
        document.keySet());
  }

  @Test
  void advertisesLimitsAsNumbers() {
    assertEquals(1000, document.getJsonObject("bulk").getInt("maxOperations"));
    assertEquals(1048576, document.getJsonObject("bulk").getInt("maxPayloadSize"));
    assertEquals(200, document.getJsonObject("filter").getInt("maxResults"));
    assertTrue(document.getJsonObject("patch").getBoolean("supported"));
    assertFalse(document.getJsonObject("bulk").getBoolean("supported"));
  }

  @Test
  void describesBearerAuthentication() {
    JsonObject scheme = document.getJsonArray("authenticationSchemes").getJsonObject(0);
    assertEquals("oauthbearertoken", scheme.getString("type"));
    assertEquals(
        "https://scim.example.com/scim/v2/ServiceProviderConfig",
        document.getJsonObject("meta").getString("location"));
  }
}
