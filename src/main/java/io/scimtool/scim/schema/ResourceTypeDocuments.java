package io.scimtool.scim.schema;

import io.scimtool.scim.Jsons;
import io.scimtool.scim.ScimSchemas;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;

/** Builds the RFC 7643 §6 ResourceType representation: only the fields §6 defines. */
public final class ResourceTypeDocuments {
  private ResourceTypeDocuments() {}

  public static JsonObject of(ScimResourceType type, URI location) {
    JsonObjectBuilder json =
        Jsons.createObjectBuilder()
            .add("schemas", Jsons.createArrayBuilder().add(ScimSchemas.RESOURCE_TYPE))
            .add("id", type.id())
            .add("name", type.name())
            .add("endpoint", type.endpoint())
            .add("description", type.description())
            .add("schema", type.schema().id());
    // §6: schemaExtensions is optional; an empty list carries no information.
    if (!type.extensions().isEmpty()) {
      JsonArrayBuilder extensions = Jsons.createArrayBuilder();
      type.extensions()
          .forEach(
              e ->
                  extensions.add(
                      Jsons.createObjectBuilder()
                          .add("schema", e.schema().id())
                          .add("required", e.required())));
      json.add("schemaExtensions", extensions);
    }
    return json.add(
            "meta",
            Jsons.createObjectBuilder()
                .add("resourceType", "ResourceType")
                .add("location", location.toString()))
        .build();
  }
}
