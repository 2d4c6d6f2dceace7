package io.scimtool.discovery;

import io.scimtool.scim.ListResponses;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimResponses;
import io.scimtool.scim.schema.ResourceTypeDocuments;
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

/** RFC 7644 §4: {@code GET /ResourceTypes} and {@code GET /ResourceTypes/{id}}. */
@Path("ResourceTypes")
@RequestScoped
public class ResourceTypesResource {
  @Context UriInfo uriInfo;

  @GET
  public Response list() {
    List<JsonObject> documents = ScimResourceType.ALL.stream().map(this::document).toList();
    return ScimResponses.ok(ListResponses.of(documents, documents.size(), 1));
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return ScimResourceType.ALL.stream()
        .filter(t -> t.id().equalsIgnoreCase(id))
        .findFirst()
        .map(t -> ScimResponses.ok(document(t)))
        .orElseThrow(() -> ScimErrors.notFound("ResourceType", id));
  }

  private JsonObject document(ScimResourceType type) {
    return ResourceTypeDocuments.of(
        type, DiscoveryLocations.of(uriInfo, "ResourceTypes", type.id()));
  }
}
