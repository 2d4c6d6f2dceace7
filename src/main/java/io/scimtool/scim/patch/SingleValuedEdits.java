package io.scimtool.scim.patch;

import io.scimtool.scim.schema.AttributeDefinition;
import io.scimtool.scim.schema.ValueNormalizer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;

/**
 * Operations on a single-valued attribute, or on a sub-attribute of a single-valued complex one.
 */
final class SingleValuedEdits {
  private SingleValuedEdits() {}

  static JsonObject apply(
      JsonObject document, PatchTarget target, PatchOpType op, JsonValue value) {
    if (target.subAttribute() != null) {
      return subAttribute(document, target, op, value);
    }
    // RFC 7644 §3.5.2.2: remove of an absent attribute changes nothing, so it succeeds.
    if (op == PatchOpType.REMOVE || ValueNormalizer.isClearing(value)) {
      return target.slot().write(document, null);
    }
    AttributeDefinition attribute = target.attribute();
    Optional<JsonValue> normalized = ValueNormalizer.normalize(attribute, value, target.label());
    if (attribute.isComplex() && !ValueNormalizer.isSingleReference(attribute)) {
      return merge(document, target, (JsonObject) value);
    }
    // RFC 7644 §3.5.2.1: add to a single-valued attribute replaces its value, as replace does.
    return target.slot().write(document, normalized.orElse(null));
  }

  /**
   * RFC 7644 §3.5.2.1 and §3.5.2.3: for a complex attribute the value's sub-attributes are set (or
   * cleared, when "" or null) and the others are left unchanged. This is also how a whole extension
   * is patched.
   */
  private static JsonObject merge(JsonObject document, PatchTarget target, JsonObject value) {
    AttributeDefinition attribute = target.attribute();
    JsonObject merged = currentObject(document, target);
    for (Map.Entry<String, JsonValue> entry : value.entrySet()) {
      Optional<AttributeDefinition> sub =
          ValueNormalizer.writableSubAttribute(attribute, entry.getKey());
      if (sub.isPresent()) {
        String label = ValueNormalizer.childLabel(target.label(), attribute, sub.get());
        JsonValue normalized =
            ValueNormalizer.normalize(sub.get(), entry.getValue(), label).orElse(null);
        merged = AttributeSlot.with(merged, sub.get().name(), normalized);
      }
    }
    return target.slot().write(document, merged.isEmpty() ? null : merged);
  }

  private static JsonObject subAttribute(
      JsonObject document, PatchTarget target, PatchOpType op, JsonValue value) {
    AttributeDefinition sub = target.subAttribute();
    JsonValue normalized =
        op == PatchOpType.REMOVE
            ? null
            : ValueNormalizer.normalize(sub, value, target.label()).orElse(null);
    JsonObject updated =
        AttributeSlot.with(currentObject(document, target), sub.name(), normalized);
    return target.slot().write(document, updated.isEmpty() ? null : updated);
  }

  private static JsonObject currentObject(JsonObject document, PatchTarget target) {
    JsonValue current = target.slot().read(document);
    return current instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
  }
}
