package io.scimtool.requestlog;

import io.scimtool.AdminResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/logs}: the request log, filtered in the database before paging. */
@Path("logs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LogsResource {
  @Inject RequestLogRepository repository;
  @Inject RequestLogWriter writer;
  @Inject RequestLogDatabase database;

  @GET
  @Operation(summary = "Recorded SCIM requests, newest first, filtered then paged")
  public Response list(
      @QueryParam("method") String method,
      @QueryParam("status") Integer status,
      @QueryParam("hasError") Boolean hasError,
      @QueryParam("since") String since,
      @QueryParam("until") String until,
      @QueryParam("text") String text,
      @QueryParam("hideKeepalive") @DefaultValue("false") boolean hideKeepalive,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("pageSize") @DefaultValue("50") int pageSize)
      throws SQLException {
    Optional<Response> invalid =
        unavailable()
            .or(() -> AdminResponses.invalidPage(page, pageSize))
            .or(() -> AdminResponses.invalidInstants(since, until));
    if (invalid.isPresent()) {
      return invalid.get();
    }
    return Response.ok(
            repository.list(
                new RequestLogRepository.Filter(
                    method,
                    status,
                    hasError,
                    AdminResponses.instant(since),
                    AdminResponses.instant(until),
                    text,
                    hideKeepalive),
                page,
                pageSize))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One recorded request with its (redacted) headers and bodies")
  public Response detail(@PathParam("id") String id) throws SQLException {
    Optional<Response> unavailable = unavailable();
    if (unavailable.isPresent()) {
      return unavailable.get();
    }
    return repository
        .find(id)
        .map(detail -> Response.ok(detail).build())
        .orElseGet(
            () ->
                Response.status(Response.Status.NOT_FOUND)
                    .entity(Map.of("error", "No log entry " + id))
                    .build());
  }

  @DELETE
  @Operation(summary = "Delete every recorded request")
  public Response clear() throws SQLException {
    return unavailable().orElseGet(() -> Response.ok(Map.of("deleted", deleteAll())).build());
  }

  private int deleteAll() {
    try {
      return writer.clear();
    } catch (SQLException e) {
      throw new IllegalStateException("The request log could not be cleared", e);
    }
  }

  /** 503 while the request log's database is unavailable (SCIM serves on regardless). */
  private Optional<Response> unavailable() {
    return database
        .failure()
        .map(
            failure ->
                Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity(Map.of("error", failure))
                    .build());
  }
}
