package io.scimtool.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/version}: what is running. */
@Path("version")
@ApplicationScoped
public class VersionResource {
  private final BuildInfo info = BuildInfo.current();

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public BuildInfo get() {
    return info;
  }
}
