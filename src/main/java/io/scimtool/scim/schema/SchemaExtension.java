package io.scimtool.scim.schema;

/** A schema extension of a resource type (RFC 7643 §6 {@code schemaExtensions}). */
public record SchemaExtension(SchemaDefinition schema, boolean required) {}
