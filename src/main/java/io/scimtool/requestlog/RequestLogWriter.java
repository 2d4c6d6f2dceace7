package io.scimtool.requestlog;

import io.scimtool.storage.InstantTextConverter;
import io.scimtool.storage.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The request log's path to its database: queued, then written in batches (see {@link Journal}).
 */
@ApplicationScoped
public class RequestLogWriter extends Journal<RequestLogEntry> {
  private static final String INSERT =
      "INSERT INTO request_log (id, received_at, method, path, query, status, duration_ms,"
          + " request_headers, request_body, response_headers, response_body, truncated,"
          + " identifier, correlation_id, keepalive) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?)";

  @Inject RequestLogDatabase database;

  public RequestLogWriter() {
    super("request_log", "received_at");
  }

  /** The request log's own file (see {@link RequestLogDatabase}), not the live database. */
  @Override
  protected Connection connection() throws SQLException {
    return database.open();
  }

  @Override
  protected String insertSql() {
    return INSERT;
  }

  @Override
  protected void bind(PreparedStatement insert, RequestLogEntry e) throws SQLException {
    insert.setString(1, e.id());
    insert.setString(2, InstantTextConverter.text(e.receivedAt()));
    insert.setString(3, e.method());
    insert.setString(4, e.path());
    insert.setString(5, e.query());
    insert.setInt(6, e.status());
    insert.setLong(7, e.durationMs());
    insert.setString(8, e.requestHeaders());
    insert.setString(9, e.requestBody());
    insert.setString(10, e.responseHeaders());
    insert.setString(11, e.responseBody());
    insert.setBoolean(12, e.truncated());
    insert.setString(13, e.identifier());
    insert.setString(14, e.correlationId());
    insert.setBoolean(15, e.keepalive());
  }
}
