package io.scimtool.scim.resource;

import io.scimtool.scim.ListResponses;
import io.scimtool.scim.Preconditions;
import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimMediaType;
import io.scimtool.scim.ScimResponses;
import io.scimtool.scim.SearchRequest;
import io.scimtool.scim.projection.AttributeProjection;
import io.scimtool.scim.schema.ScimResourceType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * The HTTP side of RFC 7644 §3 shared by {@code /Users} and {@code /Groups}: subclasses name the
 * resource type and the service; everything else (paging, projection, ETags, status codes) is here
 * once. Subclasses are application-scoped (one instance, {@code uriInfo} a per-request proxy):
 * building a request-scoped resource per request cost 4 % of a GET's CPU.
 */
@Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
public abstract class ResourceEndpoint<V extends ResourceView> {
  @Context protected UriInfo uriInfo;

  protected abstract ScimResourceType type();

  protected abstract ResourceService<V> service();

  protected abstract int maxResults();

  /** RFC 7644 §3.4.2. */
  @GET
  public Response list(
      @QueryParam("filter") String filter,
      @QueryParam("sortBy") String sortBy,
      @QueryParam("sortOrder") String sortOrder,
      @QueryParam("startIndex") String startIndex,
      @QueryParam("count") String count,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes) {
    return search(
        SearchRequest.fromQuery(
            filter,
            sortBy,
            sortOrder,
            startIndex,
            count,
            attributes,
            excludedAttributes,
            maxResults()));
  }

  /** RFC 7644 §3.4.3. */
  @POST
  @Path(".search")
  public Response searchByPost(String body) {
    return search(SearchRequest.fromBody(ScimJson.parseObject(body), maxResults()));
  }

  /** RFC 7644 §3.3: 201 with the resource and its {@code Location}. */
  @POST
  public Response create(
      String body,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes) {
    AttributeProjection projection = projection(attributes, excludedAttributes);
    V created = service().create(ScimJson.parseObject(body), projection);
    return ScimResponses.created(
        location(created.id()), created.text(baseText(), projection), created.etag());
  }

  /** RFC 7644 §3.4.1; {@code If-None-Match} naming the current version answers 304. */
  @GET
  @Path("{id}")
  public Response get(
      @PathParam("id") String id,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes,
      @HeaderParam("If-None-Match") String ifNoneMatch) {
    AttributeProjection projection = projection(attributes, excludedAttributes);
    V resource = service().get(id, projection);
    if (Preconditions.notModified(ifNoneMatch, resource.etag())) {
      return ScimResponses.notModified(resource.etag());
    }
    return represent(resource, projection);
  }

  /** RFC 7644 §3.5.1. */
  @PUT
  @Path("{id}")
  public Response replace(
      @PathParam("id") String id,
      String body,
      @HeaderParam("If-Match") String ifMatch,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes) {
    AttributeProjection projection = projection(attributes, excludedAttributes);
    return represent(
        service().replace(id, ScimJson.parseObject(body), ifMatch, projection), projection);
  }

  /** RFC 7644 §3.5.2: 200 with the resource (the RFC also allows 204; strict clients want 200). */
  @PATCH
  @Path("{id}")
  public Response patch(
      @PathParam("id") String id,
      String body,
      @HeaderParam("If-Match") String ifMatch,
      @QueryParam("attributes") String attributes,
      @QueryParam("excludedAttributes") String excludedAttributes) {
    AttributeProjection projection = projection(attributes, excludedAttributes);
    return represent(
        service().patch(id, ScimJson.parseObject(body), ifMatch, projection), projection);
  }

  /** RFC 7644 §3.6: 204; the resource is then 404 for GET and for a second DELETE. */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
    service().delete(id, ifMatch);
    return Response.noContent().build();
  }

  private Response search(SearchRequest request) {
    AttributeProjection projection = projection(request.attributes(), request.excludedAttributes());
    ResourcePage<V> page = service().search(request, projection);
    String base = baseText();
    return ScimResponses.ok(
        ListResponses.text(
            page.resources().stream().map(r -> r.text(base, projection)).toList(),
            page.totalResults(),
            request.startIndex()));
  }

  private Response represent(V resource, AttributeProjection projection) {
    return ScimResponses.ok(resource.text(baseText(), projection), resource.etag());
  }

  private AttributeProjection projection(String attributes, String excludedAttributes) {
    return AttributeProjection.parse(type(), attributes, excludedAttributes);
  }

  private URI location(String id) {
    return base().resolve(type().endpoint().substring(1) + "/" + id);
  }

  /** The SCIM service root, always ending in '/' so relative resolution works. */
  protected URI base() {
    URI base = uriInfo.getBaseUri();
    return base.getPath().endsWith("/") ? base : URI.create(base + "/");
  }

  /** {@link #base()} as text, to which resource paths are appended. */
  private String baseText() {
    String base = uriInfo.getBaseUri().toString();
    return base.endsWith("/") ? base : base + "/";
  }
}
