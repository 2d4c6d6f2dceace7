package io.scimtool.storage.backup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/backup}: backup state, the generations on the share, and a backup on demand. */
@Path("backup")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {
  @Inject BackupService backups;

  @GET
  @Path("status")
  @Operation(
      summary = "Backup state, last outcome, RPO, retained generations, lease, restore record")
  public BackupStatus status() {
    return backups.status();
  }

  @GET
  @Path("generations")
  @Operation(summary = "Published generations, newest first, as the manifest lists them")
  public List<BackupStatus.GenerationSummary> generations() {
    return backups.generations().stream().map(BackupService::summary).toList();
  }

  /** Runs a backup now; a failed backup is a 500 with its reason, a refused one a 409. */
  @POST
  @Path("trigger")
  @Operation(summary = "Run a backup now and report its real outcome")
  public Response trigger() {
    BackupOutcome outcome = backups.trigger();
    Response.Status status =
        switch (outcome.result()) {
          case "PUBLISHED", "UNCHANGED" -> Response.Status.OK;
          case "FAILED" -> Response.Status.INTERNAL_SERVER_ERROR;
          default -> Response.Status.CONFLICT;
        };
    return Response.status(status).entity(outcome).build();
  }
}
