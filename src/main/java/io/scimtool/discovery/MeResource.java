package io.scimtool.discovery;

import io.scimtool.scim.ScimErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * RFC 7644 §3.11: {@code /Me} is the authenticated subject's own resource. Clients authenticate
 * with a shared secret that stands for no user, so every method answers 501.
 */
@Path("Me")
@RequestScoped
public class MeResource {
  private static final String DETAIL =
      "/Me is not supported: the bearer token identifies a provisioning client, not a user";

  @GET
  public Response get() {
    throw ScimErrors.notImplemented(DETAIL);
  }

  @POST
  public Response post() {
    throw ScimErrors.notImplemented(DETAIL);
  }

  @PUT
  public Response put() {
    throw ScimErrors.notImplemented(DETAIL);
  }

  @PATCH
  public Response patch() {
    throw ScimErrors.notImplemented(DETAIL);
  }

  @DELETE
  public Response delete() {
    throw ScimErrors.notImplemented(DETAIL);
  }
}
