package io.scimtool.scim;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** RFC 7643 §2.1: attribute names are case-insensitive; these helpers read them that way. */
public final class ScimAttributes {
  private ScimAttributes() {}

  public static Optional<JsonValue> get(JsonObject object, String name) {
    JsonValue exact = object.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** A string attribute; absent or null gives empty, any other type is {@code invalidValue}. */
  public static Optional<String> string(JsonObject object, String name) {
    return get(object, name)
        .filter(value -> value.getValueType() != JsonValue.ValueType.NULL)
        .map(
            value -> {
              if (value instanceof JsonString text) {
                return text.getString();
              }
              throw ScimErrors.invalidValue("Attribute '" + name + "' must be a string");
            });
  }

  /**
   * A boolean attribute. Strings "true"/"false" in any case are accepted as booleans, because
   * Microsoft Entra ID sends {@code "True"} and {@code "False"}.
   */
  public static Optional<Boolean> bool(JsonObject object, String name) {
    return get(object, name)
        .filter(value -> value.getValueType() != JsonValue.ValueType.NULL)
        .map(value -> toBoolean(name, value));
  }

  public static boolean toBoolean(String name, JsonValue value) {
    switch (value.getValueType()) {
      case TRUE:
        return true;
      case FALSE:
        return false;
      case STRING:
        String text = ((JsonString) value).getString().strip().toLowerCase(Locale.ROOT);
        if (text.equals("true")) {
          return true;
        }
        if (text.equals("false")) {
          return false;
        }
        break;
      default:
        break;
    }
    throw ScimErrors.invalidValue("Attribute '" + name + "' must be a boolean");
  }

  public static boolean isNamed(String key, String... names) {
    for (String name : names) {
      if (key.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }
}
