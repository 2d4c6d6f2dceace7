package io.scimtool.scim.schema;

import java.util.List;
import java.util.Optional;

/** A schema (RFC 7643 §7): its URN, name, description and attributes. */
public record SchemaDefinition(
    String id, String name, String description, List<AttributeDefinition> attributes) {

  public SchemaDefinition {
    attributes = List.copyOf(attributes);
  }

  /** Attribute by name, ignoring case. */
  public Optional<AttributeDefinition> attribute(String attributeName) {
    return AttributeDefinition.named(attributes, attributeName);
  }
}
