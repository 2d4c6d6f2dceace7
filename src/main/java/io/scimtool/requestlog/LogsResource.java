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
    Optional<Response> invalid =
        AdminResponses.invalidPage(page, pageSize)
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
    return Map.of("deleted", writer.clear());
  }
}
