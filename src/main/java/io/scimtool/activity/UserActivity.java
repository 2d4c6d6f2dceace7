package io.scimtool.activity;

import io.scimtool.scim.ScimSchemas;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Events for user writes, described from the stored documents before and after ("Department →
 * Finance", "Manager → Bob Jones"), with the names as they are at that moment.
 */
public final class UserActivity {
  private static final JsonObject NOTHING = JsonValue.EMPTY_JSON_OBJECT;

  /** Attributes described by value, in the order a reader expects them. */
  private static final Map<String, String> SIMPLE = new LinkedHashMap<>();

  /** Enterprise extension attributes (RFC 7643 §4.3) described by value. */
  private static final Map<String, String> ENTERPRISE = new LinkedHashMap<>();

  /** Attributes not worth a line of their own when they change (or described elsewhere). */
  private static final Set<String> SILENT =
      Set.of("active", "schemas", "id", "meta", "groups", "password", ScimSchemas.ENTERPRISE_USER);

  static {
    SIMPLE.put("userName", "User name");
    SIMPLE.put("displayName", "Display name");
    SIMPLE.put("nickName", "Nickname");
    SIMPLE.put("title", "Title");
    SIMPLE.put("userType", "User type");
    SIMPLE.put("externalId", "External ID");
    SIMPLE.put("preferredLanguage", "Preferred language");
    SIMPLE.put("locale", "Locale");
    SIMPLE.put("timezone", "Time zone");
    SIMPLE.put("profileUrl", "Profile URL");
    ENTERPRISE.put("employeeNumber", "Employee number");
    ENTERPRISE.put("costCenter", "Cost center");
    ENTERPRISE.put("organization", "Organization");
    ENTERPRISE.put("division", "Division");
    ENTERPRISE.put("department", "Department");
  }

  private UserActivity() {}

  public static ActivityDraft created(
      String id, JsonObject document, Function<String, String> names) {
    String name = nameOf(document);
    List<String> details = changes(NOTHING, document, names);
    if (document.get("active") == JsonValue.FALSE) {
      details.add("Active → false");
    }
    return draft("created", Severity.SUCCESS, id, name, "User " + name + " created", details);
  }

  /** Null when nothing a reader would notice changed. */
  public static ActivityDraft updated(
      String id, JsonObject before, JsonObject after, Function<String, String> names) {
    List<String> details = changes(before, after, names);
    boolean wasActive = before.get("active") != JsonValue.FALSE;
    boolean isActive = after.get("active") != JsonValue.FALSE;
    String name = nameOf(after);
    String oldName = nameOf(before);
    String who = name.equals(oldName) ? name : oldName;
    if (wasActive && !isActive) {
      return draft(
          "deactivated", Severity.WARNING, id, name, "User " + who + " deactivated", details);
    }
    if (!wasActive && isActive) {
      return draft(
          "reactivated", Severity.SUCCESS, id, name, "User " + who + " reactivated", details);
    }
    if (details.isEmpty()) {
      return null;
    }
    return draft("updated", Severity.SUCCESS, id, name, "User " + who + " updated", details);
  }

  public static ActivityDraft deleted(String id, JsonObject document) {
    String name = nameOf(document);
    return draft("deleted", Severity.WARNING, id, name, "User " + name + " deleted", List.of());
  }

  /** displayName, else the formatted or given + family name, else userName. */
  public static String nameOf(JsonObject document) {
    String display = text(document.get("displayName"));
    if (display != null) {
      return display;
    }
    String person = personName(document.get("name"));
    if (person != null) {
      return person;
    }
    String userName = text(document.get("userName"));
    return userName == null ? "(unnamed)" : userName;
  }

  static List<String> changes(JsonObject before, JsonObject after, Function<String, String> names) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, String> attribute : SIMPLE.entrySet()) {
      change(
          lines,
          attribute.getValue(),
          text(before.get(attribute.getKey())),
          text(after.get(attribute.getKey())));
    }
    change(lines, "Name", personName(before.get("name")), personName(after.get("name")));
    multiValued(lines, "Email", before.get("emails"), after.get("emails"), "value");
    multiValued(lines, "Phone", before.get("phoneNumbers"), after.get("phoneNumbers"), "value");
    multiValued(lines, "Address", before.get("addresses"), after.get("addresses"), "formatted");
    JsonObject oldEnterprise = object(before.get(ScimSchemas.ENTERPRISE_USER));
    JsonObject newEnterprise = object(after.get(ScimSchemas.ENTERPRISE_USER));
    for (Map.Entry<String, String> attribute : ENTERPRISE.entrySet()) {
      change(
          lines,
          attribute.getValue(),
          text(oldEnterprise.get(attribute.getKey())),
          text(newEnterprise.get(attribute.getKey())));
    }
    String oldManager = managerId(oldEnterprise);
    String newManager = managerId(newEnterprise);
    if (!Objects.equals(oldManager, newManager)) {
      change(
          lines, "Manager", managerName(oldEnterprise, names), managerName(newEnterprise, names));
    }
    for (String attribute : after.keySet()) {
      otherChange(lines, attribute, before, after);
    }
    for (String attribute : before.keySet()) {
      if (!after.containsKey(attribute)) {
        otherChange(lines, attribute, before, after);
      }
    }
    return lines;
  }

  private static void otherChange(
      List<String> lines, String attribute, JsonObject before, JsonObject after) {
    if (SIMPLE.containsKey(attribute)
        || SILENT.contains(attribute)
        || Set.of("name", "emails", "phoneNumbers", "addresses").contains(attribute)
        || Objects.equals(before.get(attribute), after.get(attribute))) {
      return;
    }
    lines.add(label(attribute) + (after.containsKey(attribute) ? " changed" : " cleared"));
  }

  private static void change(List<String> lines, String label, String before, String after) {
    if (Objects.equals(before, after)) {
      return;
    }
    lines.add(after == null ? label + " cleared" : label + " → " + Sentences.shorten(after, 200));
  }

  /** The primary (else first) value; other changes to the list are mentioned without values. */
  private static void multiValued(
      List<String> lines, String label, JsonValue before, JsonValue after, String key) {
    String oldValue = primary(before, key);
    String newValue = primary(after, key);
    if (!Objects.equals(oldValue, newValue)) {
      change(lines, label, oldValue, newValue);
    } else if (!Objects.equals(before, after)) {
      lines.add(label + " details changed");
    }
  }

  private static String primary(JsonValue values, String key) {
    if (!(values instanceof JsonArray array) || array.isEmpty()) {
      return null;
    }
    JsonObject chosen = null;
    for (JsonValue value : array) {
      if (value instanceof JsonObject object) {
        if (chosen == null || object.get("primary") == JsonValue.TRUE) {
          chosen = object;
        }
      }
    }
    if (chosen == null) {
      return null;
    }
    String text = text(chosen.get(key));
    if (text == null && "formatted".equals(key)) {
      List<String> parts = new ArrayList<>();
      for (String part : List.of("streetAddress", "locality", "region", "postalCode", "country")) {
        String value = text(chosen.get(part));
        if (value != null) {
          parts.add(value);
        }
      }
      text = parts.isEmpty() ? null : String.join(", ", parts);
    }
    return text;
  }

  private static String managerId(JsonObject enterprise) {
    JsonValue manager = enterprise.get("manager");
    return manager instanceof JsonObject object ? text(object.get("value")) : null;
  }

  /** The manager as a person: the name given with it, else the user's current name, else the id. */
  private static String managerName(JsonObject enterprise, Function<String, String> names) {
    String id = managerId(enterprise);
    if (id == null) {
      return null;
    }
    JsonValue manager = enterprise.get("manager");
    String given = manager instanceof JsonObject object ? text(object.get("displayName")) : null;
    if (given != null) {
      return given;
    }
    String resolved = names.apply(id);
    return resolved == null ? id : resolved;
  }

  private static String personName(JsonValue name) {
    if (!(name instanceof JsonObject object)) {
      return null;
    }
    String formatted = text(object.get("formatted"));
    if (formatted != null) {
      return formatted;
    }
    String given = text(object.get("givenName"));
    String family = text(object.get("familyName"));
    if (given == null && family == null) {
      return null;
    }
    return given == null ? family : family == null ? given : given + " " + family;
  }

  /** "preferredLanguage" → "Preferred language", "x509Certificates" → "X509 certificates". */
  static String label(String attribute) {
    String local =
        attribute.contains(":") ? attribute.substring(attribute.lastIndexOf(':') + 1) : attribute;
    StringBuilder label = new StringBuilder();
    for (char c : local.toCharArray()) {
      if (Character.isUpperCase(c) && label.length() > 0) {
        label.append(' ').append(Character.toLowerCase(c));
      } else {
        label.append(label.length() == 0 ? Character.toUpperCase(c) : c);
      }
    }
    return label.toString();
  }

  private static JsonObject object(JsonValue value) {
    return value instanceof JsonObject object ? object : NOTHING;
  }

  private static String text(JsonValue value) {
    if (value instanceof JsonString string) {
      return string.getString().isBlank() ? null : string.getString();
    }
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonObject || value instanceof JsonArray) {
      return null;
    }
    return value.toString();
  }

  private static ActivityDraft draft(
      String action,
      Severity severity,
      String id,
      String name,
      String message,
      List<String> details) {
    return new ActivityDraft(
        ActivityType.USER, severity, action, id, name, message, details, List.of(), false);
  }
}
