package io.scimtool.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.scim.ScimJson;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenResourceTest {
  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String ID = "app one";
  private static final String SECRET = "s3cret:with&odd=chars";

  private static OAuthService service(String id, String secret) {
    OAuthSettings settings = new OAuthSettings();
    settings.clientId = Optional.ofNullable(id);
    settings.clientSecret = Optional.ofNullable(secret);
    settings.lifetimeSeconds = 300;
    settings.issuer = "scimtool";
    settings.audience = "scimtool-scim";
    settings.signingKey = Optional.of(Base64.getEncoder().encodeToString(new byte[32]));
    settings.databaseUrl = Optional.empty();
    OAuthService service = new OAuthService();
    service.settings = settings;
    service.init();
    return service;
  }

  private static final OAuthService OAUTH = service(ID, SECRET);

  private static Response post(String contentType, String authorization, String body) {
    TokenResource resource = new TokenResource();
    resource.oauth = OAUTH;
    return resource.respond(contentType, authorization, Set.of(), body);
  }

  private static String basic(String id, String secret) {
    String pair = encode(id) + ":" + encode(secret);
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonObject json(Response response) {
    return ScimJson.parseObject((String) response.getEntity());
  }

  private static String form(String id, String secret) {
    return "grant_type=client_credentials&client_id="
        + encode(id)
        + "&client_secret="
        + encode(secret);
  }

  @Test
  void basicCredentialsGetAShortLivedBearerTokenThatIsNeverCached() {
    Response response = post(FORM, basic(ID, SECRET), "grant_type=client_credentials");
    assertEquals(200, response.getStatus());
    assertEquals("no-store", response.getHeaderString("Cache-Control"));
    assertEquals("no-cache", response.getHeaderString("Pragma"));
    JsonObject body = json(response);
    assertEquals("Bearer", body.getString("token_type"));
    assertEquals(300, body.getInt("expires_in"));
    assertTrue(OAUTH.accepts(body.getString("access_token")));
  }

  @Test
  void formCredentialsWorkToo() {
    Response response = post(FORM + "; charset=UTF-8", null, form(ID, SECRET) + "&scope=scim");
    assertEquals(200, response.getStatus(), (String) response.getEntity());
    assertTrue(OAUTH.accepts(json(response).getString("access_token")));
  }

  @ParameterizedTest
  @CsvSource({"app one, wrong", "app two, s3cret:with&odd=chars", "'', ''"})
  void wrongCredentialsAreInvalidClient(String id, String secret) {
    assertInvalidClient(post(FORM, basic(id, secret), "grant_type=client_credentials"));
    assertInvalidClient(post(FORM, null, form(id, secret)));
  }

  @Test
  void missingOrUnusableCredentialsAreInvalidClient() {
    assertInvalidClient(post(FORM, null, "grant_type=client_credentials&client_id=app+one"));
    assertInvalidClient(post(FORM, "Bearer abc", "grant_type=client_credentials"));
    assertInvalidClient(post(FORM, "Basic !!!", "grant_type=client_credentials"));
    assertInvalidClient(
        post(
            FORM,
            "Basic " + Base64.getEncoder().encodeToString("no-colon".getBytes()),
            "grant_type=client_credentials"));
  }

  @Test
  void withoutConfiguredClientEveryoneIsInvalidClient() {
    TokenResource resource = new TokenResource();
    resource.oauth = service(ID, null);
    assertFalse(resource.oauth.enabled());
    assertInvalidClient(resource.respond(FORM, null, Set.of(), form(ID, "x")));
  }

  @Test
  void grantTypeAndScopeErrors() {
    assertError(400, "invalid_request", post(FORM, basic(ID, SECRET), ""));
    assertError(
        400, "unsupported_grant_type", post(FORM, basic(ID, SECRET), "grant_type=password"));
    assertError(
        400,
        "invalid_scope",
        post(FORM, basic(ID, SECRET), "grant_type=client_credentials&scope=admin"));
  }

  @Test
  void malformedRequestsAreInvalidRequest() {
    assertError(400, "invalid_request", post("application/json", basic(ID, SECRET), "{}"));
    assertError(400, "invalid_request", post(null, basic(ID, SECRET), "grant_type=x"));
    assertError(
        400,
        "invalid_request",
        post(
            FORM,
            basic(ID, SECRET),
            "grant_type=client_credentials&grant_type=client_credentials"));
    assertError(400, "invalid_request", post(FORM, basic(ID, SECRET), "grant_type=%zz"));
    assertError(
        400, "invalid_request", post(FORM, basic(ID, SECRET), form(ID, SECRET)), "two methods");
    TokenResource resource = new TokenResource();
    resource.oauth = OAUTH;
    assertError(
        400,
        "invalid_request",
        resource.respond(FORM, null, Set.of("client_secret"), form(ID, SECRET)),
        "credentials in the URL");
  }

  private static void assertInvalidClient(Response response) {
    assertError(401, "invalid_client", response);
    assertTrue(response.getHeaderString("WWW-Authenticate").startsWith("Basic "));
  }

  private static void assertError(int status, String error, Response response) {
    assertError(status, error, response, error);
  }

  private static void assertError(int status, String error, Response response, String what) {
    assertEquals(status, response.getStatus(), what);
    assertEquals("no-store", response.getHeaderString("Cache-Control"));
    JsonObject body = json(response);
    assertEquals(error, body.getString("error"), what);
    assertFalse(body.getString("error_description").contains(SECRET));
    assertNull(body.get("access_token"));
  }
}
