package io.scimtool.activity;

import io.scimtool.AdminResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/activity}: the readable feed, its summary and its live stream. */
@Path("activity")
@ApplicationScoped
public class ActivityResource {
  private static final int MAX_REPLAY = 500;

  @Inject ActivityRepository repository;
  @Inject ActivityWriter writer;
  @Inject ActivityStream stream;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Activity events, newest first, filtered in the database then paged")
  public Response list(
      @QueryParam("type") String type,
      @QueryParam("severity") String severity,
      @QueryParam("search") String search,
      @QueryParam("since") String since,
      @QueryParam("until") String until,
      @QueryParam("hideKeepalive") @DefaultValue("false") boolean hideKeepalive,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("pageSize") @DefaultValue("50") int pageSize) {
    Optional<Response> invalid =
        AdminResponses.invalidPage(page, pageSize)
            .or(() -> AdminResponses.invalidInstants(since, until));
    if (invalid.isPresent()) {
      return invalid.get();
    }
    ActivityType typeFilter = null;
    if (type != null && !type.isBlank()) {
      typeFilter = ActivityType.parse(type).orElse(null);
      if (typeFilter == null) {
        return AdminResponses.badRequest("type is one of user, group, system");
      }
    }
    Severity severityFilter = null;
    if (severity != null && !severity.isBlank()) {
      severityFilter = Severity.parse(severity).orElse(null);
      if (severityFilter == null) {
        return AdminResponses.badRequest("severity is one of success, info, warning, error");
      }
    }
    return Response.ok(
            repository.list(
                new ActivityRepository.Filter(
                    typeFilter,
                    severityFilter,
                    search,
                    AdminResponses.instant(since),
                    AdminResponses.instant(until),
                    hideKeepalive),
                page,
                pageSize))
        .build();
  }

  @GET
  @Path("summary")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Counts for the last 24 hours and 7 days (users, groups, system, errors) and hourly"
              + " counts by severity for the last 24 hours")
  public ActivityRepository.Summary summary() {
    return repository.summary();
  }

  /**
   * Server-Sent Events: each new event as {@code event: activity}, JSON data, its id as SSE id. A
   * client reconnecting with {@code Last-Event-ID} first gets what it missed (up to 500 events).
   */
  @GET
  @Path("stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(summary = "Live stream of new activity events (Server-Sent Events)")
  public void stream(
      @Context SseEventSink sink,
      @Context Sse sse,
      @HeaderParam("Last-Event-ID") String lastEventId) {
    List<ActivityEvent> missed =
        lastEventId == null || lastEventId.isBlank()
            ? List.of()
            : repository.after(lastEventId.strip(), MAX_REPLAY);
    stream.register(sink, sse, missed);
  }

  @DELETE
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Delete every activity event")
  public Map<String, Object> clear() throws SQLException {
    return Map.of("deleted", writer.clear());
  }
}
