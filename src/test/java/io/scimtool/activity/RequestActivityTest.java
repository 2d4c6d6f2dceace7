package io.scimtool.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestActivityTest {
  private static final String CONFLICT =
      "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\"409\","
          + "\"scimType\":\"uniqueness\",\"detail\":\"userName 'alice' is already taken\"}";

  @Test
  void aConflictIsAnErrorWithItsReason() {
    ActivityDraft draft =
        RequestActivity.of("POST", "/scim/v2/Users", 409, CONFLICT, "alice", false);
    assertEquals("Create user alice failed (409 uniqueness)", draft.message());
    assertEquals(ActivityType.USER, draft.type());
    assertEquals(Severity.ERROR, draft.severity());
    assertEquals(
        List.of("userName 'alice' is already taken", "POST /scim/v2/Users → 409"), draft.details());
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /scim/v2/Users, 400, , Query of users failed (400 invalidFilter)",
    "PATCH, /scim/v2/Groups/g1, 400, Finance, Update group Finance failed (400 invalidFilter)",
    "DELETE, /scim/v2/Users/u1, 404, u1, Delete user u1 failed (404 invalidFilter)",
    "POST, /scim/v2/Groups/.search, 400, , Search of groups failed (400 invalidFilter)",
    "POST, /scim/v2/Bulk, 413, , Bulk request failed (413 invalidFilter)",
  })
  void messagesNameTheOperation(
      String method, String path, int status, String identifier, String message) {
    String body = "{\"scimType\":\"invalidFilter\",\"detail\":\"bad\"}";
    assertEquals(
        message, RequestActivity.of(method, path, status, body, identifier, false).message());
  }

  @Test
  void aMissingUserOnReadIsOnlyAWarning() {
    ActivityDraft draft = RequestActivity.of("GET", "/scim/v2/Users/x", 404, "{}", "x", false);
    assertEquals(Severity.WARNING, draft.severity());
    assertEquals("Lookup of user x failed (404)", draft.message());
  }

  @Test
  void rejectedCredentialsAreASystemWarning() {
    ActivityDraft draft = RequestActivity.of("GET", "/scim/v2/Users", 401, "{}", null, false);
    assertEquals(ActivityType.SYSTEM, draft.type());
    assertEquals(Severity.WARNING, draft.severity());
    assertTrue(draft.message().contains("invalid bearer token"));
  }

  @Test
  void refusedTokenRequestsNameTheOAuthError() {
    ActivityDraft draft =
        RequestActivity.of(
            "POST", "/oauth/token", 401, "{\"error\":\"invalid_client\"}", null, false);
    assertEquals("Token request refused (401 invalid_client)", draft.message());
    assertEquals(ActivityType.SYSTEM, draft.type());
    assertNull(RequestActivity.of("POST", "/oauth/token", 200, "{}", null, false));
  }

  @Test
  void keepaliveIsFlaggedAndSuccessIsNotAnEvent() {
    ActivityDraft keepalive =
        RequestActivity.of("GET", "/scim/v2/Users", 200, "{\"totalResults\":0}", null, true);
    assertTrue(keepalive.keepalive());
    assertEquals(Severity.INFO, keepalive.severity());
    assertNull(RequestActivity.of("GET", "/scim/v2/Users", 200, "{}", null, false));
    assertNull(RequestActivity.of("POST", "/scim/v2/Users", 201, "{}", "a", false));
  }
}
