package io.scimtool.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.scimtool.scim.Jsons;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupActivityTest {
  private static JsonObject json(String text) {
    return Jsons.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  @Test
  void membersAddedAndRemovedAreSentences() {
    assertEquals(
        "Alice and Bob added to Finance",
        GroupActivity.membersAdded("g", "Finance", List.of("Alice", "Bob")).message());
    assertEquals(
        "Carol removed from Finance",
        GroupActivity.membersRemoved("g", "Finance", List.of("Carol")).message());
    assertNull(GroupActivity.membersAdded("g", "Finance", List.of()));
  }

  @Test
  void longMemberListsAreCountedInTheSentenceAndCappedInTheEvent() {
    List<String> names =
        java.util.stream.IntStream.range(0, 250).mapToObj(i -> "User " + i).toList();
    ActivityDraft draft = GroupActivity.membersAdded("g", "All", names);
    assertEquals("User 0, User 1, User 2 and 247 others added to All", draft.message());
    assertEquals(Sentences.NAMES_KEPT, draft.members().size());
  }

  @Test
  void renameAndOtherChanges() {
    ActivityDraft renamed =
        GroupActivity.updated(
            "g",
            json("{'displayName':'Finance'}"),
            json("{'displayName':'Finance EU','externalId':'fin-eu'}"));
    assertEquals("renamed", renamed.action());
    assertEquals("Group Finance renamed to Finance EU", renamed.message());
    assertEquals(List.of("External ID → fin-eu"), renamed.details());

    ActivityDraft updated =
        GroupActivity.updated(
            "g", json("{'displayName':'Ops','externalId':'x'}"), json("{'displayName':'Ops'}"));
    assertEquals("Group Ops updated", updated.message());
    assertEquals(List.of("External ID cleared"), updated.details());

    assertNull(
        GroupActivity.updated("g", json("{'displayName':'A'}"), json("{'displayName':'A'}")));
  }

  @Test
  void createdAndDeleted() {
    assertEquals(
        "Group Finance created with 2 members",
        GroupActivity.created("g", "Finance", List.of("A", "B")).message());
    assertEquals("Group Empty created", GroupActivity.created("g", "Empty", List.of()).message());
    ActivityDraft deleted = GroupActivity.deleted("g", "Finance", 3);
    assertEquals("Group Finance deleted", deleted.message());
    assertEquals(List.of("3 members at deletion"), deleted.details());
    assertEquals(Severity.WARNING, deleted.severity());
  }
}
