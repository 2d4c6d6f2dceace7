package io.scimtool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.HttpCalls;
import io.scimtool.support.LibertyIT;
import io.scimtool.testdata.ScimUserBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticationIT extends LibertyIT {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/scim/v2/ServiceProviderConfig",
        "/scim/v2/Users/any",
        "/scim/v2/NoSuchThing",
        "/api/version"
      })
  void withoutATokenEveryProtectedPathIs401ScimError(String path) {
    assertUnauthorized(http.withToken(null).get(path));
  }

  @Test
  void aWrongTokenIsRefused() {
    assertUnauthorized(http.withToken(SECRET + "x").get("/scim/v2/ServiceProviderConfig"));
    assertUnauthorized(http.withToken("").get("/scim/v2/ServiceProviderConfig"));
  }

  @Test
  void aWrongTokenCannotWrite() {
    String body = ScimUserBuilder.anyUser().toJson();
    assertUnauthorized(http.withToken("guess").postScim("/scim/v2/Users", body));
    assertEquals(
        201,
        http.postScim("/scim/v2/Users", body).statusCode(),
        "the refused call created nothing, so the same userName is still free");
  }

  @Test
  void theConfiguredSecretFromTheEnvironmentIsAccepted() {
    assertEquals(200, http.get("/scim/v2/ServiceProviderConfig").statusCode());
    assertEquals(200, http.get("/api/version").statusCode());
  }

  @Test
  void healthIsOpen() {
    assertEquals(200, http.withToken(null).get("/health/ready").statusCode());
  }

  private static void assertUnauthorized(HttpResponse<String> response) {
    assertEquals(401, response.statusCode());
    assertTrue(
        response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"),
        "WWW-Authenticate: Bearer");
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/scim+json"));
    JsonObject body = HttpCalls.json(response);
    assertEquals(
        "urn:ietf:params:scim:api:messages:2.0:Error", body.getJsonArray("schemas").getString(0));
    assertEquals("401", body.getString("status"));
    assertTrue(body.getString("detail").length() > 0);
  }
}
