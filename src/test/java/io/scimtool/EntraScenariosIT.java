package io.scimtool;

import static io.scimtool.support.HttpCalls.json;
import static io.scimtool.support.HttpCalls.urlEncode;
import static io.scimtool.testdata.PatchBuilder.members;
import static io.scimtool.testdata.PatchBuilder.patch;
import static io.scimtool.testdata.ScimGroupBuilder.group;
import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.LibertyIT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Microsoft Entra SCIM Validator scenarios, each in the request shapes Entra sends by default
 * ("legacy") and with the {@code aadOptscim062020} flag where they differ.
 */
class EntraScenariosIT extends LibertyIT {
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  enum Shape {
    LEGACY,
    AAD_OPT_SCIM_062020;

    /** Legacy capitalises operation names ("Replace"); the flag sends them lower-case. */
    String op(String name) {
      return this == LEGACY
          ? name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1)
          : name;
    }
  }

  private String newUser(String prefix) {
    String userName = prefix + "-" + UUID.randomUUID() + "@contoso.com";
    return http.create(
        "/scim/v2/Users",
        user(userName)
            .name("Test", "User")
            .workEmail(userName)
            .with("externalId", userName)
            .with("active", true)
            .toJson());
  }

  private JsonObject getUser(String id) {
    HttpResponse<String> response = http.get("/scim/v2/Users/" + id);
    assertEquals(200, response.statusCode(), response.body());
    return json(response);
  }

  private HttpResponse<String> patchUser(String id, String body) {
    return http.patchScim("/scim/v2/Users/" + id, body);
  }

  @Test
  void createUserThenDuplicateIs409() {
    String userName = "dup-" + UUID.randomUUID() + "@contoso.com";
    assertEquals(201, http.postScim("/scim/v2/Users", user(userName).toJson()).statusCode());
    HttpResponse<String> again = http.postScim("/scim/v2/Users", user(userName).toJson());
    assertEquals(409, again.statusCode());
    assertEquals("uniqueness", json(again).getString("scimType"));
  }

  @Test
  void filterExistingNonExistingAndDifferentCaseUser() {
    String id = newUser("filter");
    String userName = getUser(id).getString("userName");
    JsonObject found =
        json(http.get("/scim/v2/Users?filter=" + urlEncode("userName eq \"" + userName + "\"")));
    assertEquals(1, found.getInt("totalResults"));
    assertEquals(id, found.getJsonArray("Resources").getJsonObject(0).getString("id"));

    JsonObject upper =
        json(
            http.get(
                "/scim/v2/Users?filter="
                    + urlEncode("userName eq \"" + userName.toUpperCase(Locale.ROOT) + "\"")));
    assertEquals(1, upper.getInt("totalResults"));

    // Entra's keepalive probe: a random GUID that matches nothing.
    JsonObject none =
        json(
            http.get(
                "/scim/v2/Users?filter=" + urlEncode("userName eq \"" + UUID.randomUUID() + "\"")));
    assertEquals(0, none.getInt("totalResults"));
    assertEquals(0, none.getJsonArray("Resources").size(), "Resources: [] on empty pages");
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void patchReplaceAttributesVerbose(Shape shape) {
    String id = newUser("replace");
    HttpResponse<String> response =
        patchUser(
            id,
            patch()
                .op(shape.op("replace"), "displayName", "New Name")
                .op(shape.op("replace"), "name.givenName", "Given")
                .op(shape.op("replace"), "name.familyName", "Family")
                .op(shape.op("replace"), "emails[type eq \"work\"].value", "changed@contoso.com")
                .op(shape.op("replace"), ENTERPRISE + ":department", "Finance")
                .op(shape.op("replace"), "title", "Manager")
                .toJson());
    assertEquals(200, response.statusCode(), response.body());
    JsonObject user = getUser(id);
    assertEquals("New Name", user.getString("displayName"));
    assertEquals("Given", user.getJsonObject("name").getString("givenName"));
    assertEquals("Family", user.getJsonObject("name").getString("familyName"));
    assertEquals(
        "changed@contoso.com", user.getJsonArray("emails").getJsonObject(0).getString("value"));
    assertEquals("Finance", user.getJsonObject(ENTERPRISE).getString("department"));
    assertEquals("Manager", user.getString("title"));
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void patchAddAttributes(Shape shape) {
    String id = newUser("add");
    HttpResponse<String> response =
        patchUser(
            id,
            patch()
                .op(shape.op("add"), "nickName", "Nick")
                .op(shape.op("add"), "phoneNumbers[type eq \"mobile\"].value", "+1 555 0100")
                .op(shape.op("add"), "addresses[type eq \"work\"].streetAddress", "1 Main St")
                .op(shape.op("add"), ENTERPRISE + ":employeeNumber", "12345")
                .toJson());
    assertEquals(200, response.statusCode(), response.body());
    JsonObject user = getUser(id);
    assertEquals("Nick", user.getString("nickName"));
    assertEquals(
        "+1 555 0100", user.getJsonArray("phoneNumbers").getJsonObject(0).getString("value"));
    assertEquals(
        "1 Main St", user.getJsonArray("addresses").getJsonObject(0).getString("streetAddress"));
    assertEquals("12345", user.getJsonObject(ENTERPRISE).getString("employeeNumber"));
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void updateUserName(Shape shape) {
    String id = newUser("rename");
    String renamed = "renamed-" + UUID.randomUUID() + "@contoso.com";
    assertEquals(
        200,
        patchUser(id, patch().op(shape.op("replace"), "userName", renamed).toJson()).statusCode());
    assertEquals(renamed, getUser(id).getString("userName"));
    JsonObject found =
        json(http.get("/scim/v2/Users?filter=" + urlEncode("userName eq \"" + renamed + "\"")));
    assertEquals(1, found.getInt("totalResults"));
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void disableUser(Shape shape) {
    String id = newUser("disable");
    String body =
        shape == Shape.LEGACY
            ? patch().op("Replace", "active", "False").toJson()
            : patch().op("replace", "active", false).toJson();
    HttpResponse<String> response = patchUser(id, body);
    assertEquals(200, response.statusCode(), response.body());
    assertFalse(getUser(id).getBoolean("active"));
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void addReplaceRemoveManager(Shape shape) {
    String id = newUser("report");
    String manager = newUser("manager");
    String other = newUser("manager2");
    String managerPath = ENTERPRISE + ":manager";
    String add =
        shape == Shape.LEGACY
            ? patch().op("Add", managerPath, manager).toJson()
            : patch()
                .op("add", managerPath, Json.createObjectBuilder().add("value", manager).build())
                .toJson();
    assertEquals(200, patchUser(id, add).statusCode());
    assertEquals(
        manager, getUser(id).getJsonObject(ENTERPRISE).getJsonObject("manager").getString("value"));

    String replace =
        shape == Shape.LEGACY
            ? patch().op("Replace", managerPath, other).toJson()
            : patch()
                .op("replace", managerPath, Json.createObjectBuilder().add("value", other).build())
                .toJson();
    assertEquals(200, patchUser(id, replace).statusCode());
    assertEquals(
        other, getUser(id).getJsonObject(ENTERPRISE).getJsonObject("manager").getString("value"));

    String remove =
        shape == Shape.LEGACY
            ? patch().op("Replace", managerPath, "").toJson()
            : patch().op("remove", managerPath, (String) null).toJson();
    assertEquals(200, patchUser(id, remove).statusCode());
    JsonObject user = getUser(id);
    assertFalse(
        user.containsKey(ENTERPRISE) && user.getJsonObject(ENTERPRISE).containsKey("manager"));
  }

  @Test
  void multipleOperationsOnTheSameAttribute() {
    String id = newUser("same");
    HttpResponse<String> response =
        patchUser(
            id,
            patch()
                .op("add", "title", "First")
                .op("replace", "title", "Second")
                .op("replace", "displayName", "A")
                .op("replace", "displayName", "B")
                .toJson());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("Second", getUser(id).getString("title"));
    assertEquals("B", getUser(id).getString("displayName"));
  }

  @Test
  void patchIsAtomic() {
    String id = newUser("atomic");
    HttpResponse<String> response =
        patchUser(
            id,
            patch().op("replace", "title", "Applied?").op("replace", "id", "not-allowed").toJson());
    assertEquals(400, response.statusCode());
    assertEquals("mutability", json(response).getString("scimType"));
    assertFalse(getUser(id).containsKey("title"), "the first operation was rolled back");
  }

  @Test
  void deleteUserTwiceAndNonExistent() {
    String id = newUser("delete");
    assertEquals(204, http.delete("/scim/v2/Users/" + id).statusCode());
    assertEquals(404, http.get("/scim/v2/Users/" + id).statusCode());
    assertEquals(404, http.delete("/scim/v2/Users/" + id).statusCode());
    assertEquals(404, http.delete("/scim/v2/Users/" + UUID.randomUUID()).statusCode());
  }

  @Test
  void createGroupDuplicateFilterAndCase() {
    String name = "Finance " + UUID.randomUUID();
    String id = http.create("/scim/v2/Groups", group(name).externalId("ext-" + name).toJson());
    HttpResponse<String> duplicate =
        http.postScim("/scim/v2/Groups", group(name.toUpperCase(Locale.ROOT)).toJson());
    assertEquals(409, duplicate.statusCode());
    assertEquals("uniqueness", json(duplicate).getString("scimType"));

    JsonObject found =
        json(
            http.get(
                "/scim/v2/Groups?excludedAttributes=members&filter="
                    + urlEncode("displayName eq \"" + name.toLowerCase(Locale.ROOT) + "\"")));
    assertEquals(1, found.getInt("totalResults"));
    assertEquals(id, found.getJsonArray("Resources").getJsonObject(0).getString("id"));
    JsonObject none =
        json(
            http.get(
                "/scim/v2/Groups?excludedAttributes=members&filter="
                    + urlEncode("displayName eq \"" + UUID.randomUUID() + "\"")));
    assertEquals(0, none.getInt("totalResults"));
  }

  @Test
  void getGroupExcludingMembers() {
    String member = newUser("member");
    String id =
        http.create("/scim/v2/Groups", group("G " + UUID.randomUUID()).members(member).toJson());
    JsonObject full = json(http.get("/scim/v2/Groups/" + id));
    assertEquals(member, full.getJsonArray("members").getJsonObject(0).getString("value"));
    JsonObject slim = json(http.get("/scim/v2/Groups/" + id + "?excludedAttributes=members"));
    assertFalse(slim.containsKey("members"));
    assertEquals(id, slim.getString("id"));
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void patchGroupAttributesAndMembers(Shape shape) {
    String alice = newUser("alice");
    String bob = newUser("bob");
    String id = http.create("/scim/v2/Groups", group("Team " + UUID.randomUUID()).toJson());

    String renamed = "Renamed " + UUID.randomUUID();
    HttpResponse<String> rename =
        http.patchScim(
            "/scim/v2/Groups/" + id,
            patch()
                .op(
                    shape.op("replace"),
                    null,
                    Json.createObjectBuilder()
                        .add("displayName", renamed)
                        .add("externalId", "ext-" + renamed)
                        .build())
                .toJson());
    assertEquals(200, rename.statusCode(), rename.body());
    assertEquals(renamed, json(http.get("/scim/v2/Groups/" + id)).getString("displayName"));

    assertEquals(
        200,
        http.patchScim(
                "/scim/v2/Groups/" + id,
                patch().op(shape.op("add"), "members", members(alice, bob)).toJson())
            .statusCode());
    assertEquals(2, json(http.get("/scim/v2/Groups/" + id)).getJsonArray("members").size());
    JsonObject byMember =
        json(
            http.get(
                "/scim/v2/Groups?excludedAttributes=members&filter="
                    + urlEncode("members.value eq \"" + alice + "\"")));
    assertEquals(1, byMember.getInt("totalResults"));

    String remove =
        shape == Shape.LEGACY
            ? patch().op("Remove", "members", members(alice)).toJson()
            : patch().op("remove", "members[value eq \"" + alice + "\"]", (String) null).toJson();
    assertEquals(200, http.patchScim("/scim/v2/Groups/" + id, remove).statusCode());
    JsonObject after = json(http.get("/scim/v2/Groups/" + id));
    assertEquals(1, after.getJsonArray("members").size());
    assertEquals(bob, after.getJsonArray("members").getJsonObject(0).getString("value"));

    JsonObject bobUser = getUser(bob);
    assertEquals(id, bobUser.getJsonArray("groups").getJsonObject(0).getString("value"));
  }

  @Test
  void addAndRemoveMembersInOneRequest() {
    String alice = newUser("alice");
    String bob = newUser("bob");
    String id =
        http.create("/scim/v2/Groups", group("Mixed " + UUID.randomUUID()).members(alice).toJson());
    HttpResponse<String> response =
        http.patchScim(
            "/scim/v2/Groups/" + id,
            patch()
                .op("add", "members", members(bob))
                .op("remove", "members[value eq \"" + alice + "\"]", (String) null)
                .toJson());
    assertEquals(200, response.statusCode(), response.body());
    var list = json(http.get("/scim/v2/Groups/" + id)).getJsonArray("members");
    assertEquals(1, list.size());
    assertEquals(bob, list.getJsonObject(0).getString("value"));
  }

  @Test
  void deleteGroupTwiceAndNonExistent() {
    String id = http.create("/scim/v2/Groups", group("Gone " + UUID.randomUUID()).toJson());
    assertEquals(204, http.delete("/scim/v2/Groups/" + id).statusCode());
    assertEquals(404, http.get("/scim/v2/Groups/" + id).statusCode());
    assertEquals(404, http.delete("/scim/v2/Groups/" + id).statusCode());
    assertEquals(404, http.delete("/scim/v2/Groups/" + UUID.randomUUID()).statusCode());
  }

  @Test
  void deletingAUserRemovesItsMemberships() {
    String alice = newUser("leaver");
    String id =
        http.create(
            "/scim/v2/Groups", group("Leavers " + UUID.randomUUID()).members(alice).toJson());
    assertEquals(204, http.delete("/scim/v2/Users/" + alice).statusCode());
    JsonObject group = json(http.get("/scim/v2/Groups/" + id));
    assertFalse(group.containsKey("members") && !group.getJsonArray("members").isEmpty());
  }

  @Test
  void etagsChangeAndPreconditionsHold() {
    String id = newUser("etag");
    HttpResponse<String> first = http.get("/scim/v2/Users/" + id);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertEquals(
        304, http.send("GET", "/scim/v2/Users/" + id, null, "If-None-Match", etag).statusCode());
    assertEquals(200, patchUser(id, patch().op("replace", "title", "x").toJson()).statusCode());
    String changed = http.get("/scim/v2/Users/" + id).headers().firstValue("ETag").orElseThrow();
    assertTrue(!changed.equals(etag), "version changes on modification");
    HttpResponse<String> stale =
        http.send(
            "PATCH",
            "/scim/v2/Users/" + id,
            patch().op("replace", "title", "y").toJson(),
            "If-Match",
            etag);
    assertEquals(412, stale.statusCode());
    assertEquals(
        200,
        http.send(
                "PATCH",
                "/scim/v2/Users/" + id,
                patch().op("replace", "title", "y").toJson(),
                "If-Match",
                changed)
            .statusCode());
  }
}
