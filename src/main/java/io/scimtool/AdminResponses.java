package io.scimtool;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/** What the admin API answers to bad list parameters: 400 with {@code {"error": "..."}}. */
public final class AdminResponses {
  public static final int MAX_PAGE_SIZE = 500;

  private AdminResponses() {}

  public static Response badRequest(String message) {
    return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("error", message)).build();
  }

  /** The 400 for a page outside 1.. or a page size outside 1..500, if so. */
  public static Optional<Response> invalidPage(int page, int pageSize) {
    if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      return Optional.of(
          badRequest("page must be >= 1 and pageSize between 1 and " + MAX_PAGE_SIZE));
    }
    return Optional.empty();
  }

  /** An optional ISO-8601 instant parameter. */
  public static Instant instant(String text) {
    return text == null || text.isBlank() ? null : Instant.parse(text.strip());
  }

  /** The 400 for since/until parameters that are not ISO-8601 instants, if so. */
  public static Optional<Response> invalidInstants(String... texts) {
    try {
      for (String text : texts) {
        instant(text);
      }
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of(
          badRequest("since and until are ISO-8601 instants, e.g. 2026-11-27T10:00:00Z"));
    }
  }
}
