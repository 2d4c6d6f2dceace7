package io.scimtool.scim.schema;

import io.scimtool.scim.Jsons;
import io.scimtool.scim.ScimAttributes;
import io.scimtool.scim.ScimErrors;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Brings one attribute's value into stored form, driven by its {@link AttributeDefinition}:
 * canonical sub-attribute names, booleans as JSON booleans, multi-valued attributes as arrays, and
 * null, "", [] and {} removed. An empty result means the value clears the attribute.
 */
public final class ValueNormalizer {
  private static final AttributeDefinition MANAGER =
      CoreSchemas.ENTERPRISE_USER.attribute("manager").orElseThrow();
  private static final AttributeDefinition MEMBERS =
      CoreSchemas.GROUP.attribute("members").orElseThrow();

  private ValueNormalizer() {}

  /** The attribute's whole value in stored form; empty when the value clears it. */
  public static Optional<JsonValue> normalize(
      AttributeDefinition attribute, JsonValue value, String label) {
    if (isClearing(value)) {
      return Optional.empty();
    }
    if (attribute.multiValued()) {
      return multiValued(attribute, value, label);
    }
    return singleValue(attribute, value, label);
  }

  /** One value of the attribute: for a multi-valued attribute, one element of its array. */
  public static Optional<JsonValue> normalizeSingle(
      AttributeDefinition attribute, JsonValue value, String label) {
    return isClearing(value) ? Optional.empty() : singleValue(attribute, value, label);
  }

  /** Microsoft Entra ID clears attributes by sending {@code null} or {@code ""}. */
  public static boolean isClearing(JsonValue value) {
    return value == null
        || value.getValueType() == JsonValue.ValueType.NULL
        || (value instanceof JsonString text && text.getString().isEmpty());
  }

  /**
   * A complex attribute that points at another resource (the enterprise {@code manager}): a bare id
   * stands for {@code {"value": id}}, and a new value replaces the old one whole rather than
   * merging, so a stale {@code $ref} never survives a change of manager.
   */
  public static boolean isSingleReference(AttributeDefinition attribute) {
    return is(MANAGER, attribute);
  }

  /**
   * Record equality compares whole definitions, sub-attributes included: the name decides first, as
   * this runs for every complex value normalized.
   */
  private static boolean is(AttributeDefinition known, AttributeDefinition attribute) {
    return known == attribute || known.name().equals(attribute.name()) && known.equals(attribute);
  }

  /**
   * The sub-attribute a client may write under {@code key}, in canonical case; empty for unknown
   * and readOnly sub-attributes, which are dropped (RFC 7643 §7: readOnly values from clients are
   * ignored). A group member's {@code display} is kept as a hint for the group service.
   */
  public static Optional<AttributeDefinition> writableSubAttribute(
      AttributeDefinition parent, String key) {
    return parent
        .subAttribute(key)
        .filter(sub -> isWritable(sub) || (sub.name().equals("display") && is(MEMBERS, parent)));
  }

  static boolean isWritable(AttributeDefinition attribute) {
    return attribute.mutability() != Mutability.READ_ONLY
        && attribute.mutability() != Mutability.WRITE_ONLY;
  }

  /** The label of a sub-attribute in error details: {@code name.givenName}, {@code <urn>:title}. */
  public static String childLabel(
      String parentLabel, AttributeDefinition parent, AttributeDefinition sub) {
    // A whole extension is a synthetic attribute named by its URN; its attributes follow a ':'.
    boolean extensionRoot = parent.name().regionMatches(true, 0, "urn:", 0, 4);
    return parentLabel + (extensionRoot ? ":" : ".") + sub.name();
  }

  private static Optional<JsonValue> multiValued(
      AttributeDefinition attribute, JsonValue value, String label) {
    // A single value for a multi-valued attribute is taken as a one-element array.
    JsonArray values =
        value instanceof JsonArray array ? array : Jsons.createArrayBuilder().add(value).build();
    JsonArrayBuilder out = Jsons.createArrayBuilder();
    int count = 0;
    for (JsonValue element : values) {
      if (attribute.isComplex()
          && !isClearing(element)
          && element.getValueType() != JsonValue.ValueType.OBJECT) {
        throw ScimErrors.invalidValue(
            "Attribute '" + label + "' must hold objects, not " + describe(element));
      }
      Optional<JsonValue> normalized = normalizeSingle(attribute, element, label);
      if (normalized.isPresent()) {
        out.add(normalized.get());
        count++;
      }
    }
    return count == 0 ? Optional.empty() : Optional.of(out.build());
  }

  private static Optional<JsonValue> singleValue(
      AttributeDefinition attribute, JsonValue value, String label) {
    if (attribute.isComplex()) {
      return complex(attribute, value, label);
    }
    if (value.getValueType() == JsonValue.ValueType.OBJECT
        || value.getValueType() == JsonValue.ValueType.ARRAY) {
      throw ScimErrors.invalidValue(
          "Attribute '" + label + "' must be a single value, not " + describe(value));
    }
    return Optional.of(simple(attribute, value, label));
  }

  private static Optional<JsonValue> complex(
      AttributeDefinition attribute, JsonValue value, String label) {
    JsonValue objectValue = value;
    if (value instanceof JsonString id && isSingleReference(attribute)) {
      // Microsoft Entra ID's older shape sends the manager as a bare id.
      objectValue = Jsons.createObjectBuilder().add("value", id).build();
    }
    if (!(objectValue instanceof JsonObject object)) {
      throw ScimErrors.invalidValue(
          "Attribute '" + label + "' must be an object, not " + describe(value));
    }
    Map<String, JsonValue> bySubAttribute = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      writableSubAttribute(attribute, entry.getKey())
          .ifPresent(sub -> bySubAttribute.put(sub.name(), entry.getValue()));
    }
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    boolean empty = true;
    // Definition order, so equal resources are stored as equal text.
    for (AttributeDefinition sub : attribute.subAttributes()) {
      JsonValue raw = bySubAttribute.get(sub.name());
      if (raw == null) {
        continue;
      }
      Optional<JsonValue> normalized = normalize(sub, raw, childLabel(label, attribute, sub));
      if (normalized.isPresent()) {
        out.add(sub.name(), normalized.get());
        empty = false;
      }
    }
    JsonObject result = out.build();
    if (!result.containsKey("value") && is(MEMBERS, attribute)) {
      throw ScimErrors.invalidValue("Each value of '" + label + "' must have a 'value' (the id)");
    }
    return empty ? Optional.empty() : Optional.of(result);
  }

  private static JsonValue simple(AttributeDefinition attribute, JsonValue value, String label) {
    switch (attribute.type()) {
      case BOOLEAN:
        // Microsoft Entra ID sends booleans as "True" / "False".
        return ScimAttributes.toBoolean(label, value) ? JsonValue.TRUE : JsonValue.FALSE;
      case INTEGER:
      case DECIMAL:
        return number(attribute, value, label);
      default:
        // RFC 7643 §2.3.1: a string attribute takes a JSON string; a number is a client error.
        if (value instanceof JsonString) {
          return value;
        }
        throw ScimErrors.invalidValue(
            "Attribute '" + label + "' must be a string, not " + describe(value));
    }
  }

  private static JsonValue number(AttributeDefinition attribute, JsonValue value, String label) {
    try {
      BigDecimal number;
      if (value instanceof JsonNumber json) {
        number = json.bigDecimalValue();
      } else if (value instanceof JsonString text) {
        number = new BigDecimal(text.getString().strip());
      } else {
        throw new NumberFormatException();
      }
      if (attribute.type() == AttributeType.INTEGER) {
        return Jsons.createValue(number.toBigIntegerExact());
      }
      return Jsons.createValue(number);
    } catch (NumberFormatException | ArithmeticException e) {
      throw ScimErrors.invalidValue(
          "Attribute '"
              + label
              + "' must be "
              + (attribute.type() == AttributeType.INTEGER ? "an integer" : "a number")
              + ", not "
              + describe(value));
    }
  }

  static String describe(JsonValue value) {
    switch (value.getValueType()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case TRUE:
      case FALSE:
        return "a boolean";
      default:
        return "null";
    }
  }
}
