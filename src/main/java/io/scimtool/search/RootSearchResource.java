package io.scimtool.search;

import io.scimtool.discovery.ProtocolConfig;
import io.scimtool.groups.GroupService;
import io.scimtool.scim.ListResponses;
import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimMediaType;
import io.scimtool.scim.ScimResponses;
import io.scimtool.scim.ScimType;
import io.scimtool.scim.SearchRequest;
import io.scimtool.scim.projection.AttributeProjection;
import io.scimtool.scim.resource.ResourcePage;
import io.scimtool.scim.schema.ScimResourceType;
import io.scimtool.users.UserService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 7644 §3.4.3: {@code POST /.search} at the service root searches every resource type. The
 * result is the users that match followed by the groups that match, paged as one list.
 */
@Path(".search")
@RequestScoped
public class RootSearchResource {
  @Inject UserService users;
  @Inject GroupService groups;
  @Inject ProtocolConfig config;
  @Context UriInfo uriInfo;

  @POST
  @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response search(String body) {
    SearchRequest request =
        SearchRequest.fromBody(ScimJson.parseObject(body), config.filterMaxResults());
    if (request.sortBy() != null) {
      // Sorting one list across resource types would need a common attribute in both schemas.
      request = withoutSort(request);
    }
    URI base = uriInfo.getBaseUri();
    AttributeProjection userProjection =
        AttributeProjection.parse(
            ScimResourceType.USER, request.attributes(), request.excludedAttributes());
    AttributeProjection groupProjection =
        AttributeProjection.parse(
            ScimResourceType.GROUP, request.attributes(), request.excludedAttributes());

    ScimException userFilterError = null;
    ResourcePage<UserService.UserView> userPage;
    try {
      userPage = users.search(request, userProjection);
    } catch (ScimException e) {
      userFilterError = onlyInvalidFilter(e);
      userPage = new ResourcePage<>(0, List.of());
    }
    List<JsonObject> resources = new ArrayList<>();
    userPage.resources().forEach(u -> resources.add(userProjection.apply(u.toScim(base))));

    // Groups continue where users end: same filter, offset shifted past all user matches.
    long groupOffset = Math.max(0, request.offset() - userPage.totalResults());
    int remaining = request.count() - resources.size();
    SearchRequest groupRequest =
        new SearchRequest(
            request.filter(),
            null,
            false,
            (int) Math.min(Integer.MAX_VALUE, groupOffset + 1),
            Math.max(0, remaining),
            request.attributes(),
            request.excludedAttributes());
    ResourcePage<GroupService.GroupView> groupPage;
    try {
      groupPage = groups.search(groupRequest, groupProjection);
    } catch (ScimException e) {
      // An attribute only users have (userName) matches no group, and vice versa; a filter that
      // fits neither type is the client's error.
      if (userFilterError != null) {
        throw userFilterError;
      }
      onlyInvalidFilter(e);
      groupPage = new ResourcePage<>(0, List.of());
    }
    groupPage.resources().forEach(g -> resources.add(groupProjection.apply(g.toScim(base))));

    return ScimResponses.ok(
        ListResponses.of(
            resources, userPage.totalResults() + groupPage.totalResults(), request.startIndex()));
  }

  private static ScimException onlyInvalidFilter(ScimException e) {
    if (e.scimType().orElse(null) != ScimType.INVALID_FILTER) {
      throw e;
    }
    return e;
  }

  private static SearchRequest withoutSort(SearchRequest request) {
    return new SearchRequest(
        request.filter(),
        null,
        false,
        request.startIndex(),
        request.count(),
        request.attributes(),
        request.excludedAttributes());
  }
}
