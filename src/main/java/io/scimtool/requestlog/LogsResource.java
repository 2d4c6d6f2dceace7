package io.scimtool.requestlog;

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
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/logs}: the request log, filtered in the database before paging. */
@Path("logs")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LogsResource {
  private static final int MAX_PAGE_SIZE = 500;

  @Inject RequestLogRepository repository;
  @Inject RequestLogWriter writer;

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
      @QueryParam("pageSize") @DefaultValue("50") int pageSize) {
    if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      return badRequest("page must be >= 1 and pageSize between 1 and " + MAX_PAGE_SIZE);
    }
    Instant from;
    Instant to;
    try {
      from = since == null ? null : Instant.parse(since);
      to = until == null ? null : Instant.parse(until);
    } catch (DateTimeParseException e) {
      return badRequest("since and until are ISO-8601 instants, e.g. 2026-11-27T10:00:00Z");
    }
    return Response.ok(
            repository.list(
                new RequestLogRepository.Filter(
                    method, status, hasError, from, to, text, hideKeepalive),
                page,
                pageSize))
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One recorded request with its (redacted) headers and bodies")
  public Response detail(@PathParam("id") String id) {
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
  public Map<String, Object> clear() throws SQLException {
    writer.drain(); // queued entries belong to the log being cleared
    return Map.of("deleted", repository.clear());
  }

  private static Response badRequest(String message) {
    return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", message)).build();
  }
}
