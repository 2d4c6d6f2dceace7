package io.scimtool.scim.schema;

import io.scimtool.scim.Jsons;
import io.scimtool.scim.ScimSchemas;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.util.List;

/**
 * Builds the RFC 7643 §7 representation of a schema, as in the §8.7.1 examples. Only the fields §7
 * defines are written: strict clients reject unknown ones.
 */
public final class SchemaDocuments {
  private SchemaDocuments() {}

  public static JsonObject of(SchemaDefinition schema, URI location) {
    return Jsons.createObjectBuilder()
        .add("schemas", Jsons.createArrayBuilder().add(ScimSchemas.SCHEMA))
        .add("id", schema.id())
        .add("name", schema.name())
        .add("description", schema.description())
        .add("attributes", attributes(schema.attributes()))
        .add(
            "meta",
            Jsons.createObjectBuilder()
                .add("resourceType", "Schema")
                .add("location", location.toString()))
        .build();
  }

  static JsonObject attribute(AttributeDefinition attribute) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("name", attribute.name())
            .add("type", attribute.type().wireName())
            .add("multiValued", attribute.multiValued())
            .add("description", attribute.description())
            .add("required", attribute.required())
            .add("caseExact", attribute.caseExact())
            .add("mutability", attribute.mutability().wireName())
            .add("returned", attribute.returned().wireName())
            .add("uniqueness", attribute.uniqueness().wireName());
    // §7: canonicalValues is optional; referenceTypes belongs to reference attributes only.
    if (!attribute.canonicalValues().isEmpty()) {
      json.add("canonicalValues", strings(attribute.canonicalValues()));
    }
    if (attribute.type() == AttributeType.REFERENCE) {
      json.add("referenceTypes", strings(attribute.referenceTypes()));
    }
    if (attribute.isComplex()) {
      json.add("subAttributes", attributes(attribute.subAttributes()));
    }
    return json.build();
  }

  private static JsonArrayBuilder attributes(List<AttributeDefinition> attributes) {
    JsonArrayBuilder array = Jsons.createArrayBuilder();
    attributes.forEach(a -> array.add(attribute(a)));
    return array;
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = Jsons.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }
}
