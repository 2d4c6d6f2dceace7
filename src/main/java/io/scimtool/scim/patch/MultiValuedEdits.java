package io.scimtool.scim.patch;

import io.scimtool.scim.Jsons;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.filter.CompareOp;
import io.scimtool.scim.filter.Filter;
import io.scimtool.scim.filter.FilterEvaluator;
import io.scimtool.scim.filter.Literal;
import io.scimtool.scim.schema.AttributeDefinition;
import io.scimtool.scim.schema.AttributeType;
import io.scimtool.scim.schema.ValueNormalizer;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Operations on a multi-valued attribute: the whole array, a sub-attribute, or filtered values. */
final class MultiValuedEdits {
  private final PatchTarget target;
  private final AttributeDefinition attribute;
  private final List<JsonValue> values;

  /** Indexes of the values this operation set, for the primary rule of RFC 7644 §3.5.2. */
  private final List<Integer> touched = new ArrayList<>();

  private MultiValuedEdits(PatchTarget target, JsonValue current) {
    this.target = target;
    this.attribute = target.attribute();
    this.values = current instanceof JsonArray array ? new ArrayList<>(array) : new ArrayList<>();
  }

  static JsonObject apply(
      JsonObject document, PatchTarget target, PatchOpType op, JsonValue value) {
    MultiValuedEdits edits = new MultiValuedEdits(target, target.slot().read(document));
    if (target.filter() != null) {
      edits.filtered(op, value);
    } else if (target.subAttribute() != null) {
      edits.subAttributeOfAll(op, value);
    } else {
      edits.whole(op, value);
    }
    edits.keepOnePrimary();
    return target.slot().write(document, edits.values.isEmpty() ? null : edits.array());
  }

  private void whole(PatchOpType op, JsonValue value) {
    if (op == PatchOpType.REMOVE && value != null && !ValueNormalizer.isClearing(value)) {
      removeGivenValues(value);
      return;
    }
    if (op == PatchOpType.REMOVE || ValueNormalizer.isClearing(value)) {
      values.clear();
      return;
    }
    List<JsonValue> given = normalizedList(value);
    if (op == PatchOpType.REPLACE) {
      // RFC 7644 §3.5.2.3: without a filter, replace overwrites all values.
      values.clear();
    }
    for (JsonValue element : given) {
      // RFC 7644 §3.5.2.1: adding a value that is already there changes nothing.
      if (!values.contains(element)) {
        values.add(element);
        touched.add(values.size() - 1);
      }
    }
  }

  /** Microsoft Entra ID removes members and other values with {@code "value":[{...}]}. */
  private void removeGivenValues(JsonValue value) {
    List<JsonValue> given = normalizedList(value);
    values.removeIf(element -> given.stream().anyMatch(g -> contains(element, g)));
  }

  /** {@code emails.value}: a sub-attribute of every value. */
  private void subAttributeOfAll(PatchOpType op, JsonValue value) {
    JsonValue subValue = subValue(op, value);
    if (values.isEmpty() && subValue != null) {
      values.add(newValue(Jsons.createObjectBuilder().add(target.subAttribute().name(), subValue)));
      touched.add(0);
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      setSubAttribute(i, subValue);
    }
  }

  private void filtered(PatchOpType op, JsonValue value) {
    List<Integer> matching = matching();
    if (matching.isEmpty()) {
      noMatch(op, value);
      return;
    }
    boolean clears = op == PatchOpType.REMOVE || ValueNormalizer.isClearing(value);
    if (clears && target.subAttribute() == null) {
      // RFC 7644 §3.5.2.2: remove the values the filter matches (or clear them with "" / null).
      for (int i = matching.size() - 1; i >= 0; i--) {
        values.remove((int) matching.get(i));
      }
      return;
    }
    if (target.subAttribute() != null) {
      JsonValue subValue = subValue(op, value);
      matching.forEach(i -> setSubAttribute(i, subValue));
    } else if (op == PatchOpType.REPLACE) {
      // RFC 7644 §3.5.2.3: with a filter, replace the matching values.
      JsonValue replacement = newValue(value);
      for (int index : matching) {
        values.set(index, replacement);
        touched.add(index);
      }
    } else {
      matching.forEach(i -> mergeInto(i, value));
    }
  }

  /**
   * RFC 7644 §3.5.2.2 and §3.5.2.3: a filter matching nothing is noTarget. Microsoft Entra ID,
   * though, sets values it has never sent before with {@code emails[type eq "work"].value}, so an
   * add, or a replace of a sub-attribute, whose filter is one equality creates that value.
   */
  private void noMatch(PatchOpType op, JsonValue value) {
    if (op != PatchOpType.REMOVE && ValueNormalizer.isClearing(value)) {
      return; // clearing what is not there
    }
    Optional<JsonObjectBuilder> seed = equalitySeed();
    boolean creates =
        op == PatchOpType.ADD || (op == PatchOpType.REPLACE && target.subAttribute() != null);
    if (!creates || seed.isEmpty()) {
      throw ScimErrors.noTarget("No value of '" + attribute.name() + "' matches the filter");
    }
    JsonObjectBuilder element = seed.get();
    if (target.subAttribute() != null) {
      element.add(target.subAttribute().name(), value);
    } else if (value instanceof JsonObject object) {
      object.forEach(element::add);
    } else {
      throw ScimErrors.invalidValue(
          "The value for '" + target.label() + "' must be an object of its sub-attributes");
    }
    values.add(newValue(element));
    touched.add(values.size() - 1);
  }

  /** {@code type eq "work"} as the start of a new value {@code {"type":"work"}}. */
  private Optional<JsonObjectBuilder> equalitySeed() {
    if (!(target.filter() instanceof Filter.Compare compare)
        || compare.op() != CompareOp.EQ
        || compare.value() instanceof Literal.Null) {
      return Optional.empty();
    }
    String name = attribute.subAttribute(compare.path().name()).orElseThrow().name();
    return Optional.of(Jsons.createObjectBuilder().add(name, literal(compare.value())));
  }

  private static JsonValue literal(Literal literal) {
    if (literal instanceof Literal.Number number) {
      return Jsons.createValue(number.value());
    }
    if (literal instanceof Literal.Bool bool) {
      return bool.value() ? JsonValue.TRUE : JsonValue.FALSE;
    }
    return Jsons.createValue(literal.asText());
  }

  private List<Integer> matching() {
    List<Integer> matching = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) instanceof JsonObject element
          && FilterEvaluator.matches(target.filter(), element, attribute)) {
        matching.add(i);
      }
    }
    return matching;
  }

  /** The sub-attribute's new value, or null when the operation removes or clears it. */
  private JsonValue subValue(PatchOpType op, JsonValue value) {
    if (op == PatchOpType.REMOVE) {
      return null;
    }
    return ValueNormalizer.normalize(target.subAttribute(), value, target.label()).orElse(null);
  }

  private void setSubAttribute(int index, JsonValue subValue) {
    JsonObject element = asObject(values.get(index));
    values.set(index, AttributeSlot.with(element, target.subAttribute().name(), subValue));
    if (subValue != null) {
      touched.add(index);
    }
  }

  /** RFC 7644 §3.5.2.1: add with a filter sets the given sub-attributes of the matching values. */
  private void mergeInto(int index, JsonValue value) {
    ValueNormalizer.normalizeSingle(attribute, value, target.label());
    JsonObject merged = asObject(values.get(index));
    for (Map.Entry<String, JsonValue> entry : ((JsonObject) value).entrySet()) {
      Optional<AttributeDefinition> sub =
          ValueNormalizer.writableSubAttribute(attribute, entry.getKey());
      if (sub.isPresent()) {
        String label = ValueNormalizer.childLabel(target.label(), attribute, sub.get());
        JsonValue normalized =
            ValueNormalizer.normalize(sub.get(), entry.getValue(), label).orElse(null);
        merged = AttributeSlot.with(merged, sub.get().name(), normalized);
      }
    }
    values.set(index, merged);
    touched.add(index);
  }

  /**
   * RFC 7644 §3.5.2: setting a value's "primary" to true sets it to false on the other values (RFC
   * 7643 §2.4: at most one primary). The last value this operation touched wins.
   */
  private void keepOnePrimary() {
    Optional<AttributeDefinition> primary = attribute.subAttribute("primary");
    if (primary.isEmpty() || primary.get().type() != AttributeType.BOOLEAN) {
      return;
    }
    Integer winner = null;
    for (int index : touched) {
      if (index < values.size() && isPrimary(values.get(index))) {
        winner = index;
      }
    }
    if (winner == null) {
      return;
    }
    for (int i = 0; i < values.size(); i++) {
      if (i != winner && isPrimary(values.get(i))) {
        values.set(i, AttributeSlot.with(asObject(values.get(i)), "primary", JsonValue.FALSE));
      }
    }
  }

  private static boolean isPrimary(JsonValue value) {
    return value instanceof JsonObject object && JsonValue.TRUE.equals(object.get("primary"));
  }

  private JsonValue newValue(JsonObjectBuilder element) {
    return newValue(element.build());
  }

  private JsonValue newValue(JsonValue element) {
    return ValueNormalizer.normalizeSingle(attribute, element, target.label())
        .orElseThrow(
            () -> ScimErrors.invalidValue("The value for '" + target.label() + "' is empty"));
  }

  private List<JsonValue> normalizedList(JsonValue value) {
    Optional<JsonValue> normalized = ValueNormalizer.normalize(attribute, value, target.label());
    return normalized.map(v -> (List<JsonValue>) v.asJsonArray()).orElse(List.of());
  }

  /** Whether {@code element} has every sub-attribute value of {@code given}. */
  private boolean contains(JsonValue element, JsonValue given) {
    if (!(element instanceof JsonObject object) || !(given instanceof JsonObject wanted)) {
      return element.equals(given);
    }
    for (Map.Entry<String, JsonValue> entry : wanted.entrySet()) {
      boolean caseExact =
          attribute.subAttribute(entry.getKey()).map(AttributeDefinition::caseExact).orElse(true);
      if (!sameValue(object.get(entry.getKey()), entry.getValue(), caseExact)) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameValue(JsonValue actual, JsonValue wanted, boolean caseExact) {
    if (!caseExact && actual instanceof JsonString a && wanted instanceof JsonString w) {
      return a.getString().toLowerCase(Locale.ROOT).equals(w.getString().toLowerCase(Locale.ROOT));
    }
    return wanted.equals(actual);
  }

  private static JsonObject asObject(JsonValue value) {
    return value instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
  }

  private JsonArray array() {
    JsonArrayBuilder array = Jsons.createArrayBuilder();
    values.forEach(array::add);
    return array.build();
  }
}
