package io.scimtool.requestlog;

import io.scimtool.storage.InstantTextConverter;
import io.scimtool.storage.Journal;
import io.scimtool.storage.JournalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The request log's path to its database (see {@link RequestLogDatabase}): queued, then written in
 * batches (see {@link Journal}) into two tables, the summary row and its bodies, under one
 * time-ordered {@code seq}. Retention deletes ranges of {@code seq} from both.
 */
@ApplicationScoped
public class RequestLogWriter extends Journal<RequestLogEntry> {
  private static final String INSERT =
      "INSERT INTO request_log (seq, received_at, method, status, duration_ms, keepalive,"
          + " truncated, correlation_id, identifier, path, query)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_BODY =
      "INSERT INTO request_log_body (seq, request_headers, request_body, response_headers,"
          + " response_body) VALUES (?, ?, ?, ?, ?)";

  @Inject RequestLogDatabase database;

  /** The highest {@code seq} written; read from the table before the first batch. */
  private long lastSeq = -1;

  public RequestLogWriter() {
    super("request_log", "received_at");
  }

  /** For tests: a writer on this database, as CDI would set it up. */
  RequestLogWriter(RequestLogDatabase database, JournalSettings settings, MetricRegistry metrics) {
    this();
    this.database = database;
    configure(null, settings, metrics);
  }

  /**
   * The smallest {@code seq} of a request received at {@code instant}: its epoch microseconds times
   * 256 (the low byte numbers requests of the same microsecond). Fits a long until the year 2262.
   */
  static long seqOf(Instant instant) {
    return (instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1_000) << 8;
  }

  /** The request log's own file, not the live database. */
  @Override
  protected Connection connection() throws SQLException {
    return database.open();
  }

  /**
   * Each entry gets the next {@code seq}: from its arrival time, but always above the last one
   * written, so ids stay unique and increasing even if the clock steps back.
   */
  @Override
  protected synchronized void insert(Connection connection, List<RequestLogEntry> batch)
      throws SQLException {
    long seq = lastSeq >= 0 ? lastSeq : highestSeq(connection);
    try (PreparedStatement row = connection.prepareStatement(INSERT);
        PreparedStatement body = connection.prepareStatement(INSERT_BODY)) {
      for (RequestLogEntry e : batch) {
        seq = Math.max(seqOf(e.receivedAt()), seq + 1);
        row.setLong(1, seq);
        row.setString(2, InstantTextConverter.text(e.receivedAt()));
        row.setString(3, e.method());
        row.setInt(4, e.status());
        row.setLong(5, e.durationMs());
        row.setBoolean(6, e.keepalive());
        row.setBoolean(7, e.truncated());
        row.setString(8, e.correlationId());
        row.setString(9, e.identifier());
        row.setString(10, e.path());
        row.setString(11, e.query());
        row.addBatch();
        body.setLong(1, seq);
        body.setString(2, e.requestHeaders());
        body.setString(3, e.requestBody());
        body.setString(4, e.responseHeaders());
        body.setString(5, e.responseBody());
        body.addBatch();
      }
      row.executeBatch();
      body.executeBatch();
    }
    lastSeq = seq; // a batch that then fails to commit leaves a gap, never a duplicate
  }

  private static long highestSeq(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM request_log")) {
      result.next();
      return result.getLong(1);
    }
  }

  /**
   * Rows older than the retention period and the oldest beyond the row limit, both as one range of
   * {@code seq}, deleted a chunk at a time from both tables (each chunk its own statement, so the
   * writer never waits long).
   */
  @Override
  protected int removeExpired() throws SQLException {
    JournalSettings settings = settings();
    long below = seqOf(clock.instant().minus(settings.retention()));
    try (Connection connection = connection()) {
      try (PreparedStatement boundary =
          connection.prepareStatement(
              "SELECT seq FROM request_log ORDER BY seq DESC LIMIT 1 OFFSET ?")) {
        boundary.setLong(1, settings.maxRows());
        try (ResultSet result = boundary.executeQuery()) {
          if (result.next()) {
            below = Math.max(below, result.getLong(1) + 1);
          }
        }
      }
      return deleteBelow(connection, below);
    }
  }

  private static int deleteBelow(Connection connection, long below) throws SQLException {
    int removed = 0;
    try (PreparedStatement chunkEnd =
            connection.prepareStatement(
                "SELECT MAX(seq) FROM (SELECT seq FROM request_log WHERE seq < ? ORDER BY seq"
                    + " LIMIT "
                    + PRUNE_CHUNK
                    + ")");
        PreparedStatement rows =
            connection.prepareStatement("DELETE FROM request_log WHERE seq <= ?");
        PreparedStatement bodies =
            connection.prepareStatement("DELETE FROM request_log_body WHERE seq <= ?")) {
      while (true) {
        chunkEnd.setLong(1, below);
        long end;
        try (ResultSet result = chunkEnd.executeQuery()) {
          result.next();
          end = result.getLong(1);
          if (result.wasNull()) {
            return removed;
          }
        }
        rows.setLong(1, end);
        removed += rows.executeUpdate();
        bodies.setLong(1, end);
        bodies.executeUpdate();
      }
    }
  }

  @Override
  protected int deleteAll() throws SQLException {
    try (Connection connection = connection();
        Statement statement = connection.createStatement()) {
      int removed = statement.executeUpdate("DELETE FROM request_log");
      statement.executeUpdate("DELETE FROM request_log_body");
      return removed;
    }
  }
}
