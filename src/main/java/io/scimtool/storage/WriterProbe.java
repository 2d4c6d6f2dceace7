package io.scimtool.storage;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Every 20 seconds, starts a transaction on the write connection, runs a write that changes nothing
 * and rolls it back: it needs both the pool's one connection and the database's write lock, as
 * every SCIM write does. Taking them waits behind queued writes like any writer (at most the pool's
 * connection timeout, then SQLite's busy timeout). The outcome goes to {@link WriterWatch}.
 *
 * <p>A probe that got no connection within the pool's timeout (30 s) found the pool's one
 * connection held longer than any write may take (SQLite's busy timeout is 10 s): its holder is
 * gone. Under load, Liberty's pool has lost that connection this way, no thread and no exception in
 * sight, and every writer then waited for it in vain (docs/benchmarks.md). The probe empties the
 * pool ({@link WriterPool}), so the next writer gets a new connection.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WriterProbe {
  private static final Logger LOG = Logger.getLogger(WriterProbe.class.getName());

  @Resource(lookup = "jdbc/scim", shareable = false)
  DataSource dataSource;

  @Inject StorageState storage;
  @Inject WriterWatch watch;
  @Inject WriterPool pool;
  @Inject MetricRegistry metrics;

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
  public void probe() {
    if (!storage.isReady() || !running.compareAndSet(false, true)) {
      return; // not started yet, or the last probe still waits
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement write = connection.createStatement()) {
        write.executeUpdate(SqlRunner.NO_CHANGE);
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      if (watch.consecutiveFailures() > 0) {
        LOG.info("The write connection works again");
      }
      watch.succeeded();
    } catch (SQLTransientConnectionException e) {
      watch.failed(e.getClass().getSimpleName()); // health output is public: no message
      LOG.warning(
          "No write connection came back to the pool within its timeout; emptying the pool so"
              + " that the next write opens a new one: "
              + e.getMessage());
      if (pool.empty()) {
        metrics.counter("writer.pool.emptied").inc();
      }
    } catch (SQLException | RuntimeException e) {
      watch.failed(e.getClass().getSimpleName());
      LOG.warning("The write connection could not start a transaction: " + e.getMessage());
    } finally {
      running.set(false);
    }
  }
}
