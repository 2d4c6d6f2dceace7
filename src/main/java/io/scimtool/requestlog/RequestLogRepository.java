package io.scimtool.requestlog;

import io.scimtool.storage.InstantTextConverter;
import io.scimtool.storage.ListPage;
import io.scimtool.storage.SqlRunner;
import io.scimtool.storage.query.SqlFragment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Reads and filters the request log. Filters run in SQL, before paging. */
@ApplicationScoped
public class RequestLogRepository {
  private static final String SUMMARY_COLUMNS =
      "seq, received_at, method, path, query, status, duration_ms, identifier, correlation_id,"
          + " keepalive, truncated";

  @Inject RequestLogDatabase database;

  /** The stored text form of a timestamp (fixed width, sortable), as for every other table. */
  static String text(Instant instant) {
    return InstantTextConverter.text(instant);
  }

  public record Summary(
      String id,
      String receivedAt,
      String method,
      String path,
      String query,
      int status,
      long durationMs,
      String identifier,
      String correlationId,
      boolean keepalive,
      boolean truncated) {}

  public record Detail(
      Summary summary,
      String requestHeaders,
      String requestBody,
      String responseHeaders,
      String responseBody) {}

  /** The list filters of {@code GET /api/logs}; nulls mean "any". */
  public record Filter(
      String method,
      Integer status,
      Boolean hasError,
      Instant since,
      Instant until,
      String text,
      boolean hideKeepalive) {}

  public ListPage<Summary> list(Filter filter, int page, int pageSize) throws SQLException {
    try (Connection connection = database.open()) {
      return SqlRunner.listPage(
          connection,
          SUMMARY_COLUMNS,
          new SqlFragment().sql(" FROM request_log").append(where(filter)),
          "seq DESC",
          page,
          pageSize,
          RequestLogRepository::summary);
    }
  }

  /** The number of rows kept. */
  public long count() throws SQLException {
    try (Connection connection = database.open()) {
      return ((Number)
              SqlRunner.rows(connection, new SqlFragment().sql("SELECT COUNT(*) FROM request_log"))
                  .get(0)[0])
          .longValue();
    }
  }

  /** The entry with this id (its {@code seq}); empty for any other text. */
  public Optional<Detail> find(String id) throws SQLException {
    long seq;
    try {
      seq = Long.parseLong(id);
    } catch (NumberFormatException notAnId) {
      return Optional.empty();
    }
    try (Connection connection = database.open()) {
      return find(connection, seq);
    }
  }

  private static Optional<Detail> find(Connection connection, long seq) {
    return SqlRunner.list(
            connection,
            new SqlFragment()
                .sql(
                    "SELECT r." // seq is the first summary column, the only one in both tables
                        + SUMMARY_COLUMNS
                        + ", request_headers, request_body, response_headers, response_body"
                        + " FROM request_log r LEFT JOIN request_log_body b ON b.seq = r.seq"
                        + " WHERE r.seq = ")
                .param(seq),
            row ->
                new Detail(
                    summary(row),
                    row.getString("request_headers"),
                    row.getString("request_body"),
                    row.getString("response_headers"),
                    row.getString("response_body")))
        .stream()
        .findFirst();
  }

  private static SqlFragment where(Filter filter) {
    SqlFragment where = new SqlFragment().sql(" WHERE 1 = 1");
    if (filter.method() != null) {
      where.sql(" AND method = ").param(filter.method().toUpperCase(java.util.Locale.ROOT));
    }
    if (filter.status() != null) {
      where.sql(" AND status = ").param(filter.status());
    }
    if (Boolean.TRUE.equals(filter.hasError())) {
      where.sql(" AND status >= 400");
    } else if (Boolean.FALSE.equals(filter.hasError())) {
      where.sql(" AND status < 400");
    }
    if (filter.since() != null) {
      // seq is never below its arrival time's: the range narrows the scan, received_at is exact.
      where.sql(" AND seq >= ").param(RequestLogWriter.seqOf(filter.since()));
      where.sql(" AND received_at >= ").param(text(filter.since()));
    }
    if (filter.until() != null) {
      where.sql(" AND received_at < ").param(text(filter.until()));
    }
    if (filter.text() != null && !filter.text().isBlank()) {
      where
          .sql(" AND (")
          .append(SqlFragment.containsIgnoringCase(filter.text(), "path", "query", "identifier"))
          .sql(" OR seq IN (SELECT seq FROM request_log_body WHERE ")
          .append(SqlFragment.containsIgnoringCase(filter.text(), "request_body", "response_body"))
          .sql("))");
    }
    if (filter.hideKeepalive()) {
      where.sql(" AND keepalive = ").param(false);
    }
    return where;
  }

  private static Summary summary(ResultSet row) throws SQLException {
    return new Summary(
        Long.toString(row.getLong("seq")),
        row.getString("received_at"),
        row.getString("method"),
        row.getString("path"),
        row.getString("query"),
        row.getInt("status"),
        row.getLong("duration_ms"),
        row.getString("identifier"),
        row.getString("correlation_id"),
        row.getBoolean("keepalive"),
        row.getBoolean("truncated"));
  }
}
