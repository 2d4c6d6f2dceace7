package io.scimtool.oauth;

import static io.scimtool.support.HttpCalls.json;
import static io.scimtool.support.HttpCalls.urlEncode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.HttpCalls;
import io.scimtool.support.LibertyIT;
import io.scimtool.testdata.ScimUserBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** RFC 6749 §4.4 against the deployed server: tokens, their use on /scim/v2, errors, the log. */
class OAuthIT extends LibertyIT {
  private static final String CLIENT_ID = System.getProperty("scimtool.it.oauth.client.id");
  private static final String CLIENT_SECRET = System.getProperty("scimtool.it.oauth.client.secret");
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static HttpResponse<String> tokenRequest(
      String contentType, String authorization, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(BASE_URL + "/oauth/token"))
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String id, String secret) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (urlEncode(id) + ":" + urlEncode(secret)).getBytes(StandardCharsets.UTF_8));
  }

  private static String form(String id, String secret) {
    return "grant_type=client_credentials&client_id="
        + urlEncode(id)
        + "&client_secret="
        + urlEncode(secret);
  }

  private static String accessToken(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    assertEquals("no-cache", response.headers().firstValue("Pragma").orElse(""));
    JsonObject body = json(response);
    assertEquals("Bearer", body.getString("token_type"));
    assertTrue(body.getInt("expires_in") > 0 && body.getInt("expires_in") <= 3600);
    return body.getString("access_token");
  }

  @Test
  void aTokenFromHttpBasicOpensScimButNotTheAdminApi() throws Exception {
    String token =
        accessToken(
            tokenRequest(FORM, basic(CLIENT_ID, CLIENT_SECRET), "grant_type=client_credentials"));
    HttpCalls withToken = http.withToken(token);
    assertEquals(200, withToken.get("/scim/v2/Users").statusCode());
    assertEquals(401, withToken.get("/api/version").statusCode(), "admin needs the admin secret");
    assertNotEquals(200, withToken.get("/scim/v2/../api/version").statusCode());
  }

  @Test
  void aTokenFromFormCredentialsCanWrite() throws Exception {
    String token =
        accessToken(tokenRequest(FORM + ";charset=UTF-8", null, form(CLIENT_ID, CLIENT_SECRET)));
    assertEquals(
        201,
        http.withToken(token)
            .postScim("/scim/v2/Users", ScimUserBuilder.anyUser().toJson())
            .statusCode());
  }

  @Test
  void wrongCredentialsAreInvalidClient() throws Exception {
    HttpResponse<String> basic =
        tokenRequest(FORM, basic(CLIENT_ID, CLIENT_SECRET + "x"), "grant_type=client_credentials");
    assertError(401, "invalid_client", basic);
    assertTrue(basic.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
    assertError(401, "invalid_client", tokenRequest(FORM, null, form(CLIENT_ID, "guess")));
    assertError(401, "invalid_client", tokenRequest(FORM, null, "grant_type=client_credentials"));
  }

  @Test
  void grantTypeErrors() throws Exception {
    String basic = basic(CLIENT_ID, CLIENT_SECRET);
    assertError(400, "invalid_request", tokenRequest(FORM, basic, ""));
    assertError(400, "unsupported_grant_type", tokenRequest(FORM, basic, "grant_type=password"));
    assertError(
        400, "invalid_request", tokenRequest("application/json", basic, "{\"grant_type\":\"x\"}"));
  }

  @Test
  void aTamperedOrForeignTokenIsRefusedOnScim() throws Exception {
    String token =
        accessToken(
            tokenRequest(FORM, basic(CLIENT_ID, CLIENT_SECRET), "grant_type=client_credentials"));
    String[] parts = token.split("\\.");
    String payload =
        new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
            .replace(CLIENT_ID, CLIENT_ID + "x");
    String forged =
        parts[0]
            + "."
            + Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];
    String noneAlg =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[1]
            + ".";
    for (String bad : new String[] {forged, noneAlg, token.substring(0, token.length() - 3)}) {
      HttpResponse<String> refused = http.withToken(bad).get("/scim/v2/Users");
      assertEquals(401, refused.statusCode());
      assertTrue(refused.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }
  }

  @Test
  void tokenRequestsAreLoggedWithoutSecretOrToken() throws Exception {
    String marker = "oauth-" + UUID.randomUUID();
    String token =
        accessToken(tokenRequest(FORM, null, form(CLIENT_ID, CLIENT_SECRET) + "&marker=" + marker));
    JsonObject entry = awaitEntry(marker);
    assertEquals("/oauth/token", entry.getString("path"));
    assertEquals(200, entry.getInt("status"));
    HttpResponse<String> detail = http.get("/api/logs/" + entry.getString("id"));
    assertEquals(200, detail.statusCode());
    assertFalse(detail.body().contains(CLIENT_SECRET), "the client secret never reaches the log");
    assertFalse(detail.body().contains(token), "the access token never reaches the log");
    JsonObject full = json(detail);
    assertTrue(full.getString("requestBody").contains("client_secret=[redacted]"), full.toString());
    assertTrue(
        full.getString("responseBody").contains("\"access_token\":\"[redacted]\""),
        full.toString());

    String basicMarker = "oauth-basic-" + UUID.randomUUID();
    accessToken(
        tokenRequest(
            FORM,
            basic(CLIENT_ID, CLIENT_SECRET),
            "grant_type=client_credentials&marker=" + basicMarker));
    HttpResponse<String> basicDetail =
        http.get("/api/logs/" + awaitEntry(basicMarker).getString("id"));
    assertFalse(basicDetail.body().contains(basic(CLIENT_ID, CLIENT_SECRET).substring(6)));
    assertTrue(
        json(basicDetail)
            .getString("requestHeaders")
            .toLowerCase()
            .contains("authorization: [redacted]"));
  }

  private JsonObject awaitEntry(String text) throws InterruptedException {
    for (int i = 0; i < 40; i++) {
      JsonObject page = json(http.get("/api/logs?text=" + urlEncode(text)));
      if (page.getInt("total") > 0) {
        return page.getJsonArray("items").getJsonObject(0);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no log entry containing " + text);
  }

  private static void assertError(int status, String error, HttpResponse<String> response) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    assertEquals(error, json(response).getString("error"));
  }

  static {
    if (CLIENT_ID == null || CLIENT_SECRET == null) {
      throw new IllegalStateException("scimtool.it.oauth.client.* system properties are not set");
    }
  }
}
