package io.scimtool.discovery;

import io.scimtool.scim.ScimResponses;
import io.scimtool.scim.ServiceProviderConfigDocument;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** RFC 7644 §4: {@code GET /ServiceProviderConfig}. */
@Path("ServiceProviderConfig")
@RequestScoped
public class ServiceProviderConfigResource {
  @Inject ProtocolConfig config;
  @Context UriInfo uriInfo;

  @GET
  public Response get() {
    return ScimResponses.ok(
        ServiceProviderConfigDocument.build(
            config.capabilities(),
            uriInfo.getBaseUriBuilder().path("ServiceProviderConfig").build()));
  }
}
