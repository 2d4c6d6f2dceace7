package io.scimtool.scim.schema;

import io.scimtool.scim.filter.AttrPath;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A resource type (RFC 7643 §6): endpoint, core schema and extensions; resolves attribute paths the
 * way RFC 7644 §3.10 describes (URN-qualified or relative to the core schema, any case).
 */
public record ScimResourceType(
    String id,
    String name,
    String endpoint,
    String description,
    SchemaDefinition schema,
    List<SchemaExtension> extensions) {

  private static final Map<String, AttributeDefinition> EXTENSION_ATTRIBUTES =
      new ConcurrentHashMap<>();

  public static final ScimResourceType USER =
      new ScimResourceType(
          "User",
          "User",
          "/Users",
          "User Account",
          CoreSchemas.USER,
          List.of(new SchemaExtension(CoreSchemas.ENTERPRISE_USER, false)));

  public static final ScimResourceType GROUP =
      new ScimResourceType("Group", "Group", "/Groups", "Group", CoreSchemas.GROUP, List.of());

  public static final List<ScimResourceType> ALL = List.of(USER, GROUP);

  public ScimResourceType {
    extensions = List.copyOf(extensions);
  }

  /** Every schema of this type, core first. */
  public Stream<SchemaDefinition> schemas() {
    return Stream.concat(Stream.of(schema), extensions.stream().map(SchemaExtension::schema));
  }

  /** The extension schema with this URN (any case). */
  public Optional<SchemaDefinition> extension(String urn) {
    for (SchemaExtension extension : extensions) {
      if (extension.schema().id().equalsIgnoreCase(urn)) {
        return Optional.of(extension.schema());
      }
    }
    return Optional.empty();
  }

  /** The whole extension seen as one complex attribute keyed by its URN (built once each). */
  public static AttributeDefinition extensionAttribute(SchemaDefinition extension) {
    return EXTENSION_ATTRIBUTES.computeIfAbsent(
        extension.id(),
        id ->
            AttributeDefinition.builder(id, AttributeType.COMPLEX)
                .description(extension.description())
                .subAttributes(extension.attributes().toArray(AttributeDefinition[]::new))
                .build());
  }

  /** Resolves a path; empty when no schema of this type defines it. */
  public Optional<ResolvedAttribute> resolve(AttrPath path) {
    if (path.uri() != null) {
      String whole = path.uri() + ":" + path.name();
      Optional<SchemaDefinition> extensionRoot = extension(whole);
      if (extensionRoot.isPresent()) {
        // Only the bare URN names the whole extension; "<urn>.x" is not a path.
        return path.subAttribute() == null
            ? Optional.of(
                new ResolvedAttribute(
                    extensionRoot.get(), true, extensionAttribute(extensionRoot.get()), null))
            : Optional.empty();
      }
      if (path.uri().equalsIgnoreCase(schema.id())) {
        return resolveIn(schema, false, path);
      }
      Optional<SchemaDefinition> extension = extension(path.uri());
      return extension.flatMap(e -> resolveIn(e, true, path));
    }
    Optional<AttributeDefinition> common =
        AttributeDefinition.named(CoreSchemas.COMMON, path.name());
    if (common.isPresent()) {
      return withSub(null, false, common.get(), path);
    }
    return resolveIn(schema, false, path);
  }

  private static Optional<ResolvedAttribute> resolveIn(
      SchemaDefinition in, boolean extension, AttrPath path) {
    Optional<AttributeDefinition> attribute = in.attribute(path.name());
    if (attribute.isEmpty()) {
      // Common attributes may also be written URN-qualified with the core schema.
      attribute =
          extension ? Optional.empty() : AttributeDefinition.named(CoreSchemas.COMMON, path.name());
      return attribute.flatMap(a -> withSub(null, false, a, path));
    }
    return withSub(in, extension, attribute.get(), path);
  }

  private static Optional<ResolvedAttribute> withSub(
      SchemaDefinition in, boolean extension, AttributeDefinition attribute, AttrPath path) {
    if (path.subAttribute() == null) {
      return Optional.of(new ResolvedAttribute(in, extension, attribute, null));
    }
    return attribute
        .subAttribute(path.subAttribute())
        .map(sub -> new ResolvedAttribute(in, extension, attribute, sub));
  }
}
