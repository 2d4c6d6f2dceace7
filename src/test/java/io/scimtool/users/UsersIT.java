package io.scimtool.users;

import static io.scimtool.support.HttpCalls.json;
import static io.scimtool.testdata.ScimUserBuilder.anyUser;
import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.LibertyIT;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UsersIT extends LibertyIT {

  @Test
  void aCreatedUserIsPersistedAndReadBack() {
    String userName = "alice-" + UUID.randomUUID() + "@example.com";
    HttpResponse<String> created =
        http.postScim(
            "/scim/v2/Users",
            user(userName)
                .name("Alice", "Smith")
                .workEmail(userName)
                .with("externalId", "e-1")
                .toJson());

    assertEquals(201, created.statusCode(), created.body());
    assertTrue(
        created
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/scim+json"));
    JsonObject body = json(created);
    String id = body.getString("id");
    String location = created.headers().firstValue("Location").orElseThrow();
    assertEquals(BASE_URL + "/scim/v2/Users/" + id, location);
    assertEquals(location, body.getJsonObject("meta").getString("location"));
    assertTrue(body.getJsonObject("meta").getString("created").endsWith("Z"));

    HttpResponse<String> read = http.get("/scim/v2/Users/" + id);
    assertEquals(200, read.statusCode());
    JsonObject user = json(read);
    assertEquals(userName, user.getString("userName"));
    assertEquals("e-1", user.getString("externalId"));
    assertEquals("Smith", user.getJsonObject("name").getString("familyName"));
    assertEquals(userName, user.getJsonArray("emails").getJsonObject(0).getString("value"));
    assertEquals(
        user.getJsonObject("meta").getString("version"),
        read.headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void applicationJsonIsAcceptedToo() {
    HttpResponse<String> created =
        http.post("/scim/v2/Users", "application/json", anyUser().toJson());
    assertEquals(201, created.statusCode(), created.body());
  }

  @Test
  void aDuplicateUserNameInAnotherCaseIs409Uniqueness() {
    String userName = "Dup-" + UUID.randomUUID() + "@Example.com";
    assertEquals(201, http.postScim("/scim/v2/Users", user(userName).toJson()).statusCode());
    HttpResponse<String> duplicate =
        http.postScim("/scim/v2/Users", user(userName.toLowerCase()).toJson());
    assertEquals(409, duplicate.statusCode());
    assertEquals("uniqueness", json(duplicate).getString("scimType"));
    assertEquals("409", json(duplicate).getString("status"));
  }

  @Test
  void passwordIsNeverReturned() {
    HttpResponse<String> created =
        http.postScim("/scim/v2/Users", anyUser().with("password", "Secr3t!pass").toJson());
    assertEquals(201, created.statusCode());
    assertFalse(created.body().contains("Secr3t!pass"));
    assertFalse(
        http.get("/scim/v2/Users/" + json(created).getString("id")).body().contains("password"));
  }

  @Test
  void unknownUserIs404ScimError() {
    HttpResponse<String> missing = http.get("/scim/v2/Users/" + UUID.randomUUID());
    assertEquals(404, missing.statusCode());
    assertEquals("404", json(missing).getString("status"));
  }

  @Test
  void malformedJsonIs400InvalidSyntax() {
    HttpResponse<String> response = http.postScim("/scim/v2/Users", "{\"userName\": ");
    assertEquals(400, response.statusCode());
    assertEquals("invalidSyntax", json(response).getString("scimType"));
  }

  @Test
  void missingUserNameIs400InvalidValue() {
    HttpResponse<String> response = http.postScim("/scim/v2/Users", "{\"displayName\":\"x\"}");
    assertEquals(400, response.statusCode());
    assertEquals("invalidValue", json(response).getString("scimType"));
  }

  @Test
  void otherContentTypesAre415() {
    HttpResponse<String> response = http.post("/scim/v2/Users", "text/plain", anyUser().toJson());
    assertEquals(415, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/scim+json"));
    assertEquals("415", json(response).getString("status"));
  }
}
