package io.scimtool.scim.projection;

import io.scimtool.scim.Jsons;
import io.scimtool.scim.ScimException;
import io.scimtool.scim.filter.FilterParser;
import io.scimtool.scim.schema.AttributeDefinition;
import io.scimtool.scim.schema.CoreSchemas;
import io.scimtool.scim.schema.Mutability;
import io.scimtool.scim.schema.ResolvedAttribute;
import io.scimtool.scim.schema.Returned;
import io.scimtool.scim.schema.SchemaExtension;
import io.scimtool.scim.schema.ScimResourceType;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which attributes a response carries: the {@code attributes} and {@code excludedAttributes}
 * parameters of RFC 7644 §3.4.2.5 (and §3.9), combined with each attribute's {@code returned}
 * characteristic (RFC 7643 §7).
 *
 * <p>{@code schemas} is left as it is even when an extension's object is projected away: it still
 * lists the schemas the resource has, and a shorter list would make a client think the extension
 * data was removed.
 */
public final class AttributeProjection {
  /** Per resource type (by name: hashing the type record would walk its whole schema). */
  private static final Map<String, TypeFacts> FACTS = new ConcurrentHashMap<>();

  private final ScimResourceType type;
  private final Map<String, AttributeDefinition> topLevel;
  private final PathTree paths;
  private final boolean identity;

  /**
   * True: only {@code paths} (and {@code always}) are returned; false: {@code paths} are left out.
   */
  private final boolean inclusion;

  private AttributeProjection(ScimResourceType type, PathTree paths, boolean inclusion) {
    TypeFacts facts = FACTS.computeIfAbsent(type.name(), name -> TypeFacts.of(type));
    this.type = type;
    this.topLevel = facts.topLevel();
    this.paths = paths;
    this.inclusion = inclusion;
    this.identity = !inclusion && paths.isEmpty() && !facts.hidesStoredAttributes();
  }

  /** What a projection needs of its resource type, worked out once per type. */
  private record TypeFacts(
      Map<String, AttributeDefinition> topLevel,
      boolean hidesStoredAttributes,
      Map<String, ResolvedAttribute> included) {
    static TypeFacts of(ScimResourceType type) {
      return new TypeFacts(
          topLevelDefinitions(type),
          AttributeProjection.hidesStoredAttributes(type),
          new ConcurrentHashMap<>());
    }
  }

  /**
   * Reads the two query parameters (comma-separated attribute paths, any case). Names no schema of
   * {@code type} defines, and malformed ones, are ignored: RFC 7644 §3.4.2.5 defines no error for
   * them, and a listing should not fail over a name the client got from another server's schema.
   * RFC 7644 does not define giving both parameters; then {@code attributes} wins, as it names
   * exactly what the client wants.
   */
  public static AttributeProjection parse(
      ScimResourceType type, String attributes, String excludedAttributes) {
    if (!isBlank(attributes)) {
      return new AttributeProjection(type, tree(type, attributes), true);
    }
    if (!isBlank(excludedAttributes)) {
      return new AttributeProjection(type, tree(type, excludedAttributes), false);
    }
    return new AttributeProjection(type, new PathTree(), false);
  }

  /**
   * True when {@link #apply} returns every resource unchanged: no parameters were given and the
   * type has no stored attribute that is "returned: never" or "request" (RFC 7643 §7; the writeOnly
   * password is never stored). Callers may then write the full representation as it is.
   */
  public boolean isIdentity() {
    return identity;
  }

  /**
   * True when this projection leaves out exactly the top-level attribute {@code name} and nothing
   * else ({@code excludedAttributes=members}): a representation built without that attribute is
   * then already projected.
   */
  public boolean excludesOnly(String name) {
    return !inclusion && paths.isOnly(name) && !FACTS.get(type.name()).hidesStoredAttributes();
  }

  /** The resource as the client asked for it; {@code resource} is the full representation. */
  public JsonObject apply(JsonObject resource) {
    return projectObject(
        resource, key -> topLevel.get(key.toLowerCase(Locale.ROOT)), paths, inclusion);
  }

  /**
   * Whether {@link #apply} keeps anything of this attribute (a path as in the parameters), so
   * callers can skip loading what would be thrown away, e.g. a group's members. The paths are the
   * callers' constants: each is resolved once per type.
   *
   * @throws IllegalArgumentException when {@code attributePath} is not an attribute of the type
   */
  public boolean includes(String attributePath) {
    ResolvedAttribute resolved =
        FACTS
            .get(type.name())
            .included()
            .computeIfAbsent(
                attributePath,
                path ->
                    resolve(type, path)
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    path + " is not an attribute of " + type.name())));
    Returned returned = resolved.target().returned();
    if (returned == Returned.NEVER || resolved.attribute().returned() == Returned.NEVER) {
      return false;
    }
    if (returned == Returned.ALWAYS) {
      return true;
    }
    List<String> keys = keysOf(resolved);
    PathTree node = paths;
    for (int i = 0; i < keys.size(); i++) {
      node = node.child(keys.get(i));
      if (node == null) {
        return !inclusion && returned != Returned.REQUEST;
      }
      if (node.isWhole()) {
        // Listed itself, or below a listed attribute, which comes with its default sub-attributes.
        return inclusion && (i == keys.size() - 1 || returned != Returned.REQUEST);
      }
    }
    // Only some sub-attributes are listed: the attribute is kept in part either way.
    return inclusion || returned != Returned.REQUEST;
  }

  private static JsonObject projectObject(
      JsonObject object,
      Function<String, AttributeDefinition> definitions,
      PathTree listed,
      boolean inclusion) {
    JsonObjectBuilder out = Jsons.createObjectBuilder();
    object.forEach(
        (key, value) -> {
          PathTree child = listed == null ? null : listed.child(key);
          JsonValue kept = project(value, definitions.apply(key), child, inclusion);
          if (kept != null) {
            out.add(key, kept);
          }
        });
    return out.build();
  }

  /** The projected value, or null when it is left out. */
  private static JsonValue project(
      JsonValue value, AttributeDefinition definition, PathTree listed, boolean inclusion) {
    // Keys no schema defines are treated as "returned: default".
    Returned returned = definition == null ? Returned.DEFAULT : definition.returned();
    if (returned == Returned.NEVER) {
      return null; // RFC 7643 §7: never returned, whatever was asked
    }
    if (returned == Returned.ALWAYS) {
      return value; // RFC 7643 §7: returned even when excluded or not listed
    }
    if (inclusion) {
      if (listed == null) {
        return null; // RFC 7644 §3.4.2.5: attributes overrides the default set
      }
      // A listed attribute comes with its default sub-attributes; otherwise only the listed ones.
      return listed.isWhole()
          ? descend(value, definition, null, false)
          : descend(value, definition, listed, true);
    }
    if (returned == Returned.REQUEST || (listed != null && listed.isWhole())) {
      return null; // RFC 7643 §7: "request" only when named in attributes
    }
    return descend(value, definition, listed, false);
  }

  /** Projects the sub-attributes of a complex value, single or multi-valued. */
  private static JsonValue descend(
      JsonValue value, AttributeDefinition definition, PathTree listed, boolean inclusion) {
    if (definition == null || !definition.isComplex()) {
      return value;
    }
    Function<String, AttributeDefinition> subAttributes =
        name -> definition.subAttribute(name).orElse(null);
    if (value instanceof JsonObject object) {
      return emptyToNull(projectObject(object, subAttributes, listed, inclusion), object);
    }
    if (value instanceof JsonArray array) {
      JsonArrayBuilder out = Jsons.createArrayBuilder();
      int kept = 0;
      for (JsonValue element : array) {
        JsonValue projected =
            element instanceof JsonObject object
                ? emptyToNull(projectObject(object, subAttributes, listed, inclusion), object)
                : element;
        if (projected != null) {
          out.add(projected);
          kept++;
        }
      }
      // Likewise an array the projection emptied is dropped rather than sent as [].
      return kept == 0 && !array.isEmpty() ? null : out.build();
    }
    return value;
  }

  /** An object the projection emptied is dropped rather than sent as {}. */
  private static JsonObject emptyToNull(JsonObject projected, JsonObject original) {
    return projected.isEmpty() && !original.isEmpty() ? null : projected;
  }

  private static PathTree tree(ScimResourceType type, String list) {
    PathTree tree = new PathTree();
    for (String item : list.split(",")) {
      if (!item.isBlank()) {
        resolve(type, item).ifPresent(resolved -> tree.add(keysOf(resolved)));
      }
    }
    return tree;
  }

  private static Optional<ResolvedAttribute> resolve(ScimResourceType type, String path) {
    try {
      return type.resolve(FilterParser.parseAttrPath(path));
    } catch (ScimException malformed) {
      return Optional.empty();
    }
  }

  /** The JSON keys leading to the attribute: extension data sits in an object under its URN. */
  private static List<String> keysOf(ResolvedAttribute resolved) {
    List<String> keys = new ArrayList<>(3);
    if (resolved.extension()) {
      keys.add(resolved.schema().id());
    }
    if (!resolved.isExtensionRoot()) {
      keys.add(resolved.attribute().name());
      if (resolved.subAttribute() != null) {
        keys.add(resolved.subAttribute().name());
      }
    }
    return keys;
  }

  /** Top-level JSON keys of a resource: common attributes, core attributes, extension URNs. */
  private static Map<String, AttributeDefinition> topLevelDefinitions(ScimResourceType type) {
    Map<String, AttributeDefinition> definitions = new HashMap<>();
    CoreSchemas.COMMON.forEach(a -> definitions.put(a.name().toLowerCase(Locale.ROOT), a));
    type.schema().attributes().forEach(a -> definitions.put(a.name().toLowerCase(Locale.ROOT), a));
    for (SchemaExtension extension : type.extensions()) {
      definitions.put(
          extension.schema().id().toLowerCase(Locale.ROOT),
          ScimResourceType.extensionAttribute(extension.schema()));
    }
    return Map.copyOf(definitions);
  }

  private static boolean hidesStoredAttributes(ScimResourceType type) {
    return type.schemas()
        .flatMap(schema -> schema.attributes().stream())
        .anyMatch(AttributeProjection::hidesStoredValues);
  }

  private static boolean hidesStoredValues(AttributeDefinition attribute) {
    boolean hidden =
        attribute.returned() == Returned.REQUEST
            || (attribute.returned() == Returned.NEVER
                && attribute.mutability() != Mutability.WRITE_ONLY);
    return hidden
        || attribute.subAttributes().stream().anyMatch(AttributeProjection::hidesStoredValues);
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
