package io.scimtool.users;

import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimMediaType;
import io.scimtool.scim.ScimResponses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** RFC 7644 §3: the {@code /Users} endpoint. */
@Path("Users")
@RequestScoped
public class UserResource {
  @Inject UserService users;
  @Context UriInfo uriInfo;

  /** RFC 7644 §3.3. */
  @POST
  @Consumes({ScimMediaType.SCIM_JSON, MediaType.APPLICATION_JSON})
  public Response create(String body) {
    UserEntity user = users.create(ScimJson.parseObject(body));
    URI location = locationOf(user);
    return ScimResponses.created(
        location, UserMapper.toScim(user, location), String.valueOf(user.getVersion()));
  }

  /** RFC 7644 §3.4.1. */
  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    UserEntity user = users.get(id);
    return ScimResponses.ok(
        UserMapper.toScim(user, locationOf(user)), String.valueOf(user.getVersion()));
  }

  private URI locationOf(UserEntity user) {
    return uriInfo.getBaseUriBuilder().path("Users").path(user.getId()).build();
  }
}
