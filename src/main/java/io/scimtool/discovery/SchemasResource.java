package io.scimtool.discovery;

import io.scimtool.scim.ListResponses;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimResponses;
import io.scimtool.scim.schema.SchemaDefinition;
import io.scimtool.scim.schema.SchemaDocuments;
import io.scimtool.scim.schema.ScimResourceType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** RFC 7644 §4: {@code GET /Schemas} and {@code GET /Schemas/{schema URN}}. */
@Path("Schemas")
@RequestScoped
public class SchemasResource {
  /** Each resource type's schemas, core before extensions: User, Enterprise User, Group. */
  private static final List<SchemaDefinition> SCHEMAS =
      ScimResourceType.ALL.stream().flatMap(ScimResourceType::schemas).distinct().toList();

  @Context UriInfo uriInfo;

  @GET
  public Response list() {
    List<JsonObject> documents = SCHEMAS.stream().map(this::document).toList();
    return ScimResponses.ok(ListResponses.of(documents, documents.size(), 1));
  }

  /** The regex lets the URN's ':' characters through to the parameter. */
  @GET
  @Path("{uri: .+}")
  public Response get(@PathParam("uri") String uri) {
    // Case-insensitive, as URN-qualified attribute names are (RFC 7643 §2.1, RFC 7644 §3.10).
    return SCHEMAS.stream()
        .filter(s -> s.id().equalsIgnoreCase(uri))
        .findFirst()
        .map(s -> ScimResponses.ok(document(s)))
        .orElseThrow(() -> ScimErrors.notFound("Schema", uri));
  }

  private JsonObject document(SchemaDefinition schema) {
    return SchemaDocuments.of(schema, DiscoveryLocations.of(uriInfo, "Schemas", schema.id()));
  }
}
