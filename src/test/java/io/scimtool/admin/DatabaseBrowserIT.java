package io.scimtool.admin;

import static io.scimtool.support.HttpCalls.json;
import static io.scimtool.support.HttpCalls.urlEncode;
import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.LibertyIT;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The database browser and manual provisioning of {@code /api}, over HTTP. */
class DatabaseBrowserIT extends LibertyIT {
  private HttpResponse<String> postJson(String path, String body) {
    return http.post(path, "application/json", body);
  }

  @Test
  void manualProvisioningCollidesExactlyAsScimWould() throws Exception {
    String userName = "Manual-" + UUID.randomUUID() + "@example.com";
    HttpResponse<String> created =
        postJson(
            "/api/provisioning/users",
            "{\"userName\":\""
                + userName
                + "\",\"givenName\":\"Mia\",\"familyName\":\"Manual\",\"email\":\"mia@example.com\","
                + "\"department\":\"Finance\",\"externalId\":\"ext-1\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject resource = json(created);
    assertEquals(userName, resource.getString("userName"));
    assertEquals(
        "Finance",
        resource
            .getJsonObject("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User")
            .getString("department"));
    assertTrue(resource.getJsonObject("meta").getString("location").contains("/scim/v2/Users/"));

    // The same userName in another case, through SCIM and through the console: both 409.
    HttpResponse<String> scimCollision =
        http.postScim("/scim/v2/Users", user(userName.toLowerCase()).toJson());
    HttpResponse<String> manualCollision =
        postJson("/api/provisioning/users", "{\"userName\":\"" + userName.toUpperCase() + "\"}");
    for (HttpResponse<String> collision : List.of(scimCollision, manualCollision)) {
      assertEquals(409, collision.statusCode());
      assertEquals("uniqueness", json(collision).getString("scimType"));
      assertTrue(collision.headers().firstValue("Content-Type").orElse("").contains("scim+json"));
    }
    JsonObject event =
        awaitActivity(
            "source", "admin", "severity=error&search=" + urlEncode(userName.toUpperCase()));
    assertEquals("error", event.getString("severity"));
    assertTrue(event.getString("message").contains("409 uniqueness"), event.toString());
  }

  @Test
  void badFormsAreScimErrorsNotServerErrors() {
    for (String body : List.of("nope", "[1,2]", "", "{\"userName\": ")) {
      HttpResponse<String> response = postJson("/api/provisioning/users", body);
      assertEquals(400, response.statusCode(), body + " → " + response.body());
      assertTrue(response.body().contains("\"scimType\""), response.body());
    }
    HttpResponse<String> noName = postJson("/api/provisioning/groups", "{\"members\":[]}");
    assertEquals(400, noName.statusCode());
    HttpResponse<String> unknownMember =
        postJson("/api/provisioning/groups", "{\"displayName\":\"G\",\"members\":[\"nobody\"]}");
    assertEquals(400, unknownMember.statusCode());
    assertEquals("invalidValue", json(unknownMember).getString("scimType"));
  }

  @Test
  void usersAndGroupsCanBeBrowsedSearchedAndDeleted() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String activeId =
        http.create(
            "/scim/v2/Users",
            user("browse-a-" + marker + "@example.com")
                .with("displayName", "Browse A " + marker)
                .toJson());
    String inactiveId =
        http.create(
            "/scim/v2/Users",
            user("browse-b-" + marker + "@example.com").with("active", false).toJson());
    HttpResponse<String> group =
        postJson(
            "/api/provisioning/groups",
            "{\"displayName\":\"Browse G "
                + marker
                + "\",\"members\":[\""
                + activeId
                + "\",\""
                + inactiveId
                + "\"]}");
    assertEquals(201, group.statusCode(), group.body());
    String groupId = json(group).getString("id");

    JsonObject all =
        json(http.get("/api/database/users?search=" + urlEncode(marker.toUpperCase())));
    assertEquals(2, all.getInt("total"));
    JsonObject active =
        json(http.get("/api/database/users?active=true&search=" + urlEncode(marker)));
    assertEquals(1, active.getInt("total"));
    assertEquals(activeId, active.getJsonArray("items").getJsonObject(0).getString("id"));
    JsonObject paged =
        json(http.get("/api/database/users?pageSize=1&page=2&search=" + urlEncode(marker)));
    assertEquals(2, paged.getInt("total"));
    assertEquals(1, paged.getJsonArray("items").size());

    JsonObject userDetail = json(http.get("/api/database/users/" + activeId));
    assertEquals(activeId, userDetail.getJsonObject("resource").getString("id"));
    assertEquals(
        "Browse G " + marker,
        userDetail.getJsonArray("groups").getJsonObject(0).getString("displayName"));

    JsonObject groups =
        json(http.get("/api/database/groups?search=" + urlEncode("browse g " + marker)));
    assertEquals(1, groups.getInt("total"));
    assertEquals(2, groups.getJsonArray("items").getJsonObject(0).getInt("memberCount"));
    JsonObject groupDetail = json(http.get("/api/database/groups/" + groupId));
    assertFalse(groupDetail.getJsonObject("resource").containsKey("members"));
    List<JsonObject> members = groupDetail.getJsonArray("members").getValuesAs(JsonObject.class);
    JsonObject memberA =
        members.stream().filter(m -> m.getString("id").equals(activeId)).findFirst().orElseThrow();
    assertEquals("Browse A " + marker, memberA.getString("name"));
    assertTrue(memberA.getBoolean("exists"));

    assertEquals(204, http.delete("/api/database/users/" + activeId).statusCode());
    assertEquals(404, http.get("/scim/v2/Users/" + activeId).statusCode());
    assertEquals(404, http.delete("/api/database/users/" + activeId).statusCode());
    assertEquals(
        1, json(http.get("/api/database/groups/" + groupId)).getJsonArray("members").size());
    JsonObject deleted =
        awaitActivity(
            "message",
            "User Browse A " + marker + " deleted",
            "search=" + urlEncode("Browse A " + marker));
    assertEquals("admin", deleted.getString("source"));

    assertEquals(204, http.delete("/api/database/groups/" + groupId).statusCode());
    assertEquals(404, http.get("/api/database/groups/" + groupId).statusCode());
    assertEquals(400, http.get("/api/database/groups?page=0").statusCode());
  }

  /** The newest event matching {@code query} whose {@code field} is {@code value}. */
  private JsonObject awaitActivity(String field, String value, String query) throws Exception {
    for (int i = 0; i < 60; i++) {
      for (JsonObject event :
          json(http.get("/api/activity?" + query))
              .getJsonArray("items")
              .getValuesAs(JsonObject.class)) {
        if (value.equals(event.getString(field, null))) {
          return event;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no activity with " + field + "=" + value + " for " + query);
  }
}
