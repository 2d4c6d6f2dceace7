package io.scimtool.scim.schema;

import java.util.Optional;

/**
 * An attribute path resolved against a resource type.
 *
 * @param schema the schema defining the attribute; null for the common attributes (id, externalId,
 *     meta, schemas)
 * @param extension true when {@code schema} is an extension, whose attributes a resource keeps in
 *     an object under the extension's URN
 * @param attribute the top-level attribute; for a whole extension this is a synthetic complex
 *     attribute named by the extension's URN, whose sub-attributes are the extension's attributes
 * @param subAttribute the sub-attribute, or null
 */
public record ResolvedAttribute(
    SchemaDefinition schema,
    boolean extension,
    AttributeDefinition attribute,
    AttributeDefinition subAttribute) {

  public Optional<AttributeDefinition> subAttributeOptional() {
    return Optional.ofNullable(subAttribute);
  }

  /** The definition the path ends at: the sub-attribute if there is one. */
  public AttributeDefinition target() {
    return subAttribute != null ? subAttribute : attribute;
  }

  /** True when the path names a whole extension (e.g. the enterprise extension URN itself). */
  public boolean isExtensionRoot() {
    return extension && attribute.name().equals(schema.id());
  }
}
