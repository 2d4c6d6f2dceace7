package io.scimtool.requestlog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The request log's path to the database: requests queue their entries (never blocking; a full
 * queue drops and counts), and a timer writes them in batches, one transaction each, so the single
 * SQLite writer is taken once per batch rather than once per request. A failing log store is
 * counted and never reaches SCIM.
 */
@ApplicationScoped
public class RequestLogWriter {
  private static final Logger LOG = Logger.getLogger(RequestLogWriter.class.getName());
  private static final int BATCH = 500;
  private static final String INSERT =
      "INSERT INTO request_log (id, received_at, method, path, query, status, duration_ms,"
          + " request_headers, request_body, response_headers, response_body, truncated,"
          + " identifier, correlation_id, keepalive) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?)";

  @Resource(lookup = "jdbc/scim", shareable = false)
  DataSource dataSource;

  @Inject RequestLogSettings settings;
  @Inject MetricRegistry metrics;

  private BlockingQueue<RequestLogEntry> queue;
  private Counter dropped;
  private Counter failures;
  private Counter written;

  @PostConstruct
  void init() {
    queue = new ArrayBlockingQueue<>(settings.queueCapacity());
    dropped = metrics.counter("requestlog.dropped");
    failures = metrics.counter("requestlog.write.failures");
    written = metrics.counter("requestlog.written");
  }

  /** Queues an entry; never blocks the request. */
  public void submit(RequestLogEntry entry) {
    if (!queue.offer(entry)) {
      dropped.inc();
    }
  }

  void recordFailure(Exception e) {
    failures.inc();
    LOG.warning("Request log entry not recorded: " + e);
  }

  /** Writes everything queued so far, in batches. */
  public void drain() {
    List<RequestLogEntry> batch = new ArrayList<>(BATCH);
    while (queue.drainTo(batch, BATCH) > 0) {
      try {
        write(batch);
        written.inc(batch.size());
      } catch (SQLException | RuntimeException e) {
        failures.inc();
        dropped.inc(batch.size());
        LOG.warning("Request log batch of " + batch.size() + " not written: " + e.getMessage());
      }
      batch.clear();
    }
  }

  public long pending() {
    return queue.size();
  }

  private void write(List<RequestLogEntry> batch) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        for (RequestLogEntry e : batch) {
          insert.setString(1, e.id());
          insert.setString(2, RequestLogRepository.text(e.receivedAt()));
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
          insert.addBatch();
        }
        insert.executeBatch();
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }
}
