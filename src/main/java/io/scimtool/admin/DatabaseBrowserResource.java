package io.scimtool.admin;

import io.scimtool.AdminResponses;
import io.scimtool.activity.ActivityContext;
import io.scimtool.groups.GroupService;
import io.scimtool.scim.projection.AttributeProjection;
import io.scimtool.scim.schema.ScimResourceType;
import io.scimtool.users.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code /api/database/users|groups}: browse, inspect and delete what identity providers
 * provisioned. Deletes go through the same services as SCIM (and so into the activity feed, with
 * source {@code admin}).
 */
@Path("database")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DatabaseBrowserResource {
  @Inject DatabaseBrowser browser;
  @Inject UserService users;
  @Inject GroupService groups;

  public record UserDetail(JsonObject resource, List<DatabaseBrowser.GroupRef> groups) {}

  public record GroupDetail(JsonObject resource, List<DatabaseBrowser.MemberRow> members) {}

  @GET
  @Path("users")
  @Operation(summary = "Users by userName, searched (userName, displayName, externalId) and paged")
  public Response users(
      @QueryParam("search") String search,
      @QueryParam("active") Boolean active,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("pageSize") @DefaultValue("50") int pageSize) {
    return AdminResponses.invalidPage(page, pageSize)
        .orElseGet(() -> Response.ok(browser.users(search, active, page, pageSize)).build());
  }

  @GET
  @Path("users/{id}")
  @Operation(summary = "One user as SCIM returns it, with the groups it belongs to")
  public UserDetail user(@PathParam("id") String id, @Context UriInfo uri) {
    JsonObject resource =
        users
            .get(id, AttributeProjection.parse(ScimResourceType.USER, null, null))
            .toScim(scimBase(uri));
    return new UserDetail(resource, browser.groupsOf(id));
  }

  @DELETE
  @Path("users/{id}")
  @Operation(summary = "Delete a user (as a SCIM DELETE would)")
  public Response deleteUser(@PathParam("id") String id) {
    ActivityContext.run(null, ActivityContext.ADMIN, () -> users.delete(id, null));
    return Response.noContent().build();
  }

  @GET
  @Path("groups")
  @Operation(summary = "Groups by displayName with member counts, searched and paged")
  public Response groups(
      @QueryParam("search") String search,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("pageSize") @DefaultValue("50") int pageSize) {
    return AdminResponses.invalidPage(page, pageSize)
        .orElseGet(() -> Response.ok(browser.groups(search, page, pageSize)).build());
  }

  @GET
  @Path("groups/{id}")
  @Operation(
      summary =
          "One group (without the members array) and its members with current names; members"
              + " that no longer exist are listed with exists=false")
  public GroupDetail group(@PathParam("id") String id, @Context UriInfo uri) {
    JsonObject resource =
        groups
            .get(id, AttributeProjection.parse(ScimResourceType.GROUP, null, "members"))
            .toScim(scimBase(uri));
    return new GroupDetail(resource, browser.membersOf(id));
  }

  @DELETE
  @Path("groups/{id}")
  @Operation(summary = "Delete a group (as a SCIM DELETE would)")
  public Response deleteGroup(@PathParam("id") String id) {
    ActivityContext.run(null, ActivityContext.ADMIN, () -> groups.delete(id, null));
    return Response.noContent().build();
  }

  /** Resources link to where SCIM serves them, {@code /scim/v2/}, not to the admin API. */
  static URI scimBase(UriInfo uri) {
    return uri.getBaseUri().resolve("../scim/v2/");
  }
}
