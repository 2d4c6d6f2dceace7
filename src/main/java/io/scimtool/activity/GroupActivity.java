package io.scimtool.activity;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Events for group writes: created, renamed, updated, deleted, and member changes as sentences
 * ("Alice, Bob added to Finance"), with member names as they are at that moment.
 */
public final class GroupActivity {
  private GroupActivity() {}

  public static ActivityDraft created(String id, String name, List<String> memberNames) {
    String message =
        memberNames.isEmpty()
            ? "Group " + name + " created"
            : "Group "
                + name
                + " created with "
                + memberNames.size()
                + (memberNames.size() == 1 ? " member" : " members");
    return draft("created", Severity.SUCCESS, id, name, message, List.of(), memberNames);
  }

  /** Attribute changes other than members; null when none. */
  public static ActivityDraft updated(String id, JsonObject before, JsonObject after) {
    String oldName = text(before.get("displayName"));
    String newName = text(after.get("displayName"));
    List<String> details = new ArrayList<>();
    for (String attribute : after.keySet()) {
      describe(details, attribute, before, after);
    }
    for (String attribute : before.keySet()) {
      if (!after.containsKey(attribute)) {
        describe(details, attribute, before, after);
      }
    }
    if (!Objects.equals(oldName, newName)) {
      return draft(
          "renamed",
          Severity.SUCCESS,
          id,
          newName,
          "Group " + oldName + " renamed to " + newName,
          details,
          List.of());
    }
    if (details.isEmpty()) {
      return null;
    }
    return draft(
        "updated",
        Severity.SUCCESS,
        id,
        newName,
        "Group " + newName + " updated",
        details,
        List.of());
  }

  public static ActivityDraft membersAdded(String id, String groupName, List<String> memberNames) {
    if (memberNames.isEmpty()) {
      return null;
    }
    return draft(
        "members_added",
        Severity.SUCCESS,
        id,
        groupName,
        Sentences.names(memberNames) + " added to " + groupName,
        List.of(),
        memberNames);
  }

  public static ActivityDraft membersRemoved(
      String id, String groupName, List<String> memberNames) {
    if (memberNames.isEmpty()) {
      return null;
    }
    return draft(
        "members_removed",
        Severity.SUCCESS,
        id,
        groupName,
        Sentences.names(memberNames) + " removed from " + groupName,
        List.of(),
        memberNames);
  }

  public static ActivityDraft deleted(String id, String name, int memberCount) {
    List<String> details =
        memberCount == 0
            ? List.of()
            : List.of(memberCount + (memberCount == 1 ? " member" : " members") + " at deletion");
    return draft(
        "deleted", Severity.WARNING, id, name, "Group " + name + " deleted", details, List.of());
  }

  private static void describe(
      List<String> details, String attribute, JsonObject before, JsonObject after) {
    if ("displayName".equals(attribute)
        || "members".equals(attribute)
        || Objects.equals(before.get(attribute), after.get(attribute))) {
      return;
    }
    String label = "externalId".equals(attribute) ? "External ID" : UserActivity.label(attribute);
    String value = text(after.get(attribute));
    if (!after.containsKey(attribute) || after.get(attribute) == JsonValue.NULL) {
      details.add(label + " cleared");
    } else {
      details.add(
          value == null ? label + " changed" : label + " → " + Sentences.shorten(value, 200));
    }
  }

  private static String text(JsonValue value) {
    return value instanceof JsonString string ? string.getString() : null;
  }

  private static ActivityDraft draft(
      String action,
      Severity severity,
      String id,
      String name,
      String message,
      List<String> details,
      List<String> members) {
    return new ActivityDraft(
        ActivityType.GROUP,
        severity,
        action,
        id,
        name,
        message,
        details,
        Sentences.kept(members),
        false);
  }
}
