package io.scimtool.scim.schema;

import io.scimtool.scim.Jsons;
import io.scimtool.scim.ScimAttributes;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimSchemas;
import io.scimtool.scim.filter.AttrPath;
import io.scimtool.scim.filter.FilterParser;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a client's resource body (POST, PUT) into the stored form of the resource: core attributes
 * at the top level and extension attributes in an object under the extension's URN, all under
 * canonical names, in definition order, without anything the server derives or never stores.
 */
public final class ResourceNormalizer {
  /**
   * Top-level keys already resolved, per type name: stored documents and identity providers use a
   * few dozen spellings, and parsing each key as an attribute path was a fifth of a PATCH's CPU.
   * Bounded, as keys come from clients: beyond the bound, keys are resolved every time.
   */
  private static final int KNOWN_KEYS = 512;

  private static final Map<String, Map<String, Optional<ResolvedAttribute>>> KEYS =
      new ConcurrentHashMap<>();

  private ResourceNormalizer() {}

  /** The stored form of {@code input}; required attributes are the services' concern. */
  public static JsonObject normalize(ScimResourceType type, JsonObject input) {
    return normalize(type, input, JsonValue.EMPTY_JSON_OBJECT);
  }

  /**
   * The stored form of {@code input}, an edit of {@code stored} (a document in stored form): values
   * {@code input} took over from {@code stored} unchanged (the same instances under the same keys;
   * JSON-P values are immutable) are kept as they are instead of being normalized again. A PATCH
   * changes a few attributes; normalizing the whole document again was a sixth of its CPU.
   */
  public static JsonObject normalize(ScimResourceType type, JsonObject input, JsonObject stored) {
    Map<String, JsonValue> core = new HashMap<>();
    Map<String, Map<String, JsonValue>> extensions = new HashMap<>();
    for (Map.Entry<String, JsonValue> entry : input.entrySet()) {
      if (entry.getValue() == stored.get(entry.getKey())
          && keepStored(type, entry.getKey(), entry.getValue(), core, extensions)) {
        continue;
      }
      Optional<ResolvedAttribute> resolved = resolveKey(type, entry.getKey());
      if (resolved.isEmpty() || !isStored(resolved.get())) {
        continue;
      }
      ResolvedAttribute attribute = resolved.get();
      if (attribute.isExtensionRoot()) {
        putExtensionObject(attribute, entry.getValue(), extensions);
      } else if (attribute.extension()) {
        put(
            extensions.computeIfAbsent(attribute.schema().id(), urn -> new HashMap<>()),
            attribute.attribute(),
            entry.getValue(),
            attribute.schema().id() + ":" + attribute.attribute().name());
      } else {
        put(core, attribute.attribute(), entry.getValue(), attribute.attribute().name());
      }
    }
    return build(type, core, extensions);
  }

  /** Takes over a value already in stored form under its canonical key; false if it is not one. */
  private static boolean keepStored(
      ScimResourceType type,
      String key,
      JsonValue value,
      Map<String, JsonValue> core,
      Map<String, Map<String, JsonValue>> extensions) {
    Optional<ResolvedAttribute> resolved = resolveKey(type, key);
    if (resolved.isEmpty() || !isStored(resolved.get())) {
      return false;
    }
    ResolvedAttribute attribute = resolved.get();
    if (attribute.isExtensionRoot() && value instanceof JsonObject object) {
      if (!key.equals(attribute.schema().id())) {
        return false;
      }
      extensions.computeIfAbsent(key, urn -> new HashMap<>()).putAll(object);
      return true;
    }
    if (attribute.extension() || !key.equals(attribute.attribute().name())) {
      return false;
    }
    core.put(key, value);
    return true;
  }

  /** The password of a User body (writeOnly, RFC 7643 §4.1.1): never stored in the document. */
  public static Optional<String> password(JsonObject input) {
    Optional<JsonValue> value =
        ScimAttributes.get(input, "password")
            .or(() -> ScimAttributes.get(input, ScimSchemas.USER + ":password"));
    if (value.isEmpty() || ValueNormalizer.isClearing(value.get())) {
      return Optional.empty();
    }
    if (value.get() instanceof JsonString text) {
      return Optional.of(text.getString());
    }
    throw ScimErrors.invalidValue("Attribute 'password' must be a string");
  }

  /** A top-level key as an attribute; keys that are not attribute names are unknown, so dropped. */
  private static Optional<ResolvedAttribute> resolveKey(ScimResourceType type, String key) {
    Map<String, Optional<ResolvedAttribute>> known =
        KEYS.computeIfAbsent(type.name(), name -> new ConcurrentHashMap<>());
    Optional<ResolvedAttribute> resolved = known.get(key);
    if (resolved == null) {
      resolved = parseKey(type, key);
      if (known.size() < KNOWN_KEYS) {
        known.put(key, resolved);
      }
    }
    return resolved;
  }

  private static Optional<ResolvedAttribute> parseKey(ScimResourceType type, String key) {
    AttrPath path;
    try {
      path = FilterParser.parseAttrPath(key);
    } catch (ScimException notAnAttributeName) {
      return Optional.empty();
    }
    return path.subAttribute() == null ? type.resolve(path) : Optional.empty();
  }

  /**
   * RFC 7643 §3.1: {@code id} and {@code meta} belong to the server and {@code schemas} is derived
   * here; RFC 7643 §7: readOnly values (e.g. {@code groups}) sent by clients are ignored, and
   * writeOnly {@code password} is handled by the service apart from the document.
   */
  private static boolean isStored(ResolvedAttribute resolved) {
    if (resolved.schema() == null) {
      return resolved.attribute().name().equals("externalId");
    }
    return ValueNormalizer.isWritable(resolved.attribute());
  }

  private static void putExtensionObject(
      ResolvedAttribute root, JsonValue value, Map<String, Map<String, JsonValue>> extensions) {
    if (ValueNormalizer.isClearing(value)) {
      return;
    }
    String urn = root.schema().id();
    if (!(value instanceof JsonObject object)) {
      throw ScimErrors.invalidValue(
          "'"
              + urn
              + "' must be an object of extension attributes, not "
              + ValueNormalizer.describe(value));
    }
    Map<String, JsonValue> target = extensions.computeIfAbsent(urn, key -> new HashMap<>());
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      ValueNormalizer.writableSubAttribute(root.attribute(), entry.getKey())
          .ifPresent(
              attribute -> put(target, attribute, entry.getValue(), urn + ":" + attribute.name()));
    }
  }

  /** Later keys win, also when they clear: {@code {"title":"a","TITLE":""}} stores no title. */
  private static void put(
      Map<String, JsonValue> into, AttributeDefinition attribute, JsonValue value, String label) {
    Optional<JsonValue> normalized = ValueNormalizer.normalize(attribute, value, label);
    if (normalized.isPresent()) {
      into.put(attribute.name(), normalized.get());
    } else {
      into.remove(attribute.name());
    }
  }

  /** Definition order, so that equal resources are stored as equal text. */
  private static JsonObject build(
      ScimResourceType type,
      Map<String, JsonValue> core,
      Map<String, Map<String, JsonValue>> extensions) {
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    for (AttributeDefinition attribute : CoreSchemas.COMMON) {
      addIfPresent(out, attribute.name(), core);
    }
    for (AttributeDefinition attribute : type.schema().attributes()) {
      if (AttributeDefinition.named(CoreSchemas.COMMON, attribute.name()).isEmpty()) {
        addIfPresent(out, attribute.name(), core);
      }
    }
    for (SchemaExtension extension : type.extensions()) {
      Map<String, JsonValue> values = extensions.get(extension.schema().id());
      if (values != null && !values.isEmpty()) {
        out.add(extension.schema().id(), inOrder(extension.schema().attributes(), values));
      }
    }
    return out.build();
  }

  private static void addIfPresent(
      JsonObjectBuilder out, String name, Map<String, JsonValue> values) {
    JsonValue value = values.get(name);
    if (value != null) {
      out.add(name, value);
    }
  }

  private static JsonObject inOrder(
      List<AttributeDefinition> definitions, Map<String, JsonValue> values) {
    JsonObjectBuilder ordered = Jsons.createObjectBuilder();
    for (AttributeDefinition definition : definitions) {
      JsonValue value = values.get(definition.name());
      if (value != null) {
        ordered.add(definition.name(), value);
      }
    }
    return ordered.build();
  }
}
