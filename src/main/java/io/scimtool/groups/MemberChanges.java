package io.scimtool.groups;

import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.filter.CompareOp;
import io.scimtool.scim.filter.Filter;
import io.scimtool.scim.filter.Literal;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Reads member ids out of member values and simple member filters. */
final class MemberChanges {
  private MemberChanges() {}

  /** The {@code value} of each member in a {@code members} value (an array or one object). */
  static Set<String> ids(JsonValue members) {
    Set<String> ids = new LinkedHashSet<>();
    if (members == null || members.getValueType() == JsonValue.ValueType.NULL) {
      return ids;
    }
    if (members instanceof JsonObject single) {
      ids.add(id(single));
      return ids;
    }
    if (!(members instanceof JsonArray array)) {
      throw ScimErrors.invalidValue("'members' must be an array of {\"value\": id} objects");
    }
    for (JsonValue member : array) {
      if (!(member instanceof JsonObject object)) {
        throw ScimErrors.invalidValue("Each member must be an object with a 'value'");
      }
      ids.add(id(object));
    }
    return ids;
  }

  private static String id(JsonObject member) {
    JsonValue value = member.get("value");
    if (value == null) {
      value =
          member.entrySet().stream()
              .filter(e -> e.getKey().equalsIgnoreCase("value"))
              .map(java.util.Map.Entry::getValue)
              .findFirst()
              .orElse(null);
    }
    if (value instanceof JsonString text && !text.getString().isBlank()) {
      return text.getString();
    }
    throw ScimErrors.invalidValue("Each member needs a non-empty 'value' (the member's id)");
  }

  /**
   * The ids named by a filter made only of {@code value eq "id"} joined with {@code or} (what
   * identity providers send), or empty for any other filter.
   */
  static Optional<Set<String>> idsOf(Filter filter) {
    Set<String> ids = new LinkedHashSet<>();
    return collect(filter, ids) ? Optional.of(ids) : Optional.empty();
  }

  private static boolean collect(Filter filter, Set<String> ids) {
    if (filter instanceof Filter.Or or) {
      return collect(or.left(), ids) && collect(or.right(), ids);
    }
    if (filter instanceof Filter.Compare compare
        && compare.op() == CompareOp.EQ
        && compare.path().uri() == null
        && compare.path().subAttribute() == null
        && compare.path().name().equalsIgnoreCase("value")
        && compare.value() instanceof Literal.Text text) {
      ids.add(text.value());
      return true;
    }
    return false;
  }
}
