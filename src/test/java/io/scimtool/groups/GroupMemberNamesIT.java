package io.scimtool.groups;

import static io.scimtool.support.HttpCalls.json;
import static io.scimtool.support.HttpCalls.urlEncode;
import static io.scimtool.testdata.PatchBuilder.members;
import static io.scimtool.testdata.PatchBuilder.patch;
import static io.scimtool.testdata.ScimGroupBuilder.group;
import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimtool.support.LibertyIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A group lists its members with their current names, which membership rows keep (V6): every way of
 * renaming a user or a group shows in the groups it belongs to, in the order members were added.
 */
class GroupMemberNamesIT extends LibertyIT {
  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @Test
  void membersShowTheirCurrentNamesAfterEveryKindOfRename() {
    String alice =
        http.create("/scim/v2/Users", user("alice-" + tag).with("displayName", "Alice").toJson());
    String bob = http.create("/scim/v2/Users", user("bob-" + tag).toJson());
    String team = http.create("/scim/v2/Groups", group("Team " + tag).toJson());
    String parent =
        http.create("/scim/v2/Groups", group("Parent " + tag).members(alice, bob, team).toJson());
    assertEquals(
        Map.of(alice, "Alice", bob, "bob-" + tag, team, "Team " + tag), memberNames(parent));

    patchOk(
        "/scim/v2/Users/" + alice, patch().op("replace", "displayName", "Alice Smith").toJson());
    patchOk("/scim/v2/Users/" + bob, patch().op("replace", "userName", "robert-" + tag).toJson());
    patchOk(
        "/scim/v2/Groups/" + team, patch().op("replace", "displayName", "Crew " + tag).toJson());
    assertEquals(
        Map.of(alice, "Alice Smith", bob, "robert-" + tag, team, "Crew " + tag),
        memberNames(parent));

    // PUT, and a displayName removed: the member is shown by its userName again.
    HttpResponse<String> put =
        http.putScim("/scim/v2/Users/" + alice, user("alice.smith-" + tag).toJson());
    assertEquals(200, put.statusCode(), put.body());
    patchOk("/scim/v2/Users/" + bob, patch().op("add", "displayName", "Bob").toJson());
    assertEquals(
        Map.of(alice, "alice.smith-" + tag, bob, "Bob", team, "Crew " + tag), memberNames(parent));
    assertEquals(
        "alice.smith-" + tag,
        json(http.get("/scim/v2/Groups?filter=" + urlEncode("id eq \"" + parent + "\"")))
            .getJsonArray("Resources")
            .getJsonObject(0)
            .getJsonArray("members")
            .getJsonObject(0)
            .getString("display"),
        "lists show the same names");
  }

  @Test
  void membersAddedLaterComeLaterAndCarryTheirNames() {
    String first = http.create("/scim/v2/Users", user("first-" + tag).toJson());
    String second =
        http.create("/scim/v2/Users", user("second-" + tag).with("displayName", "Second").toJson());
    String group = http.create("/scim/v2/Groups", group("Ordered " + tag).members(second).toJson());
    patchOk("/scim/v2/Groups/" + group, patch().op("add", "members", members(first)).toJson());
    JsonArray members = json(http.get("/scim/v2/Groups/" + group)).getJsonArray("members");
    assertEquals(second, members.getJsonObject(0).getString("value"));
    assertEquals("Second", members.getJsonObject(0).getString("display"));
    assertEquals(first, members.getJsonObject(1).getString("value"));
    assertEquals("first-" + tag, members.getJsonObject(1).getString("display"));
  }

  private void patchOk(String path, String body) {
    HttpResponse<String> response = http.patchScim(path, body);
    assertEquals(200, response.statusCode(), response.body());
  }

  private Map<String, String> memberNames(String groupId) {
    JsonObject group = json(http.get("/scim/v2/Groups/" + groupId));
    Map<String, String> names = new LinkedHashMap<>();
    for (JsonObject member : group.getJsonArray("members").getValuesAs(JsonObject.class)) {
      names.put(member.getString("value"), member.getString("display"));
    }
    return names;
  }
}
