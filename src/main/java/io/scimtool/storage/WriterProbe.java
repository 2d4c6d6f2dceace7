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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Every 20 seconds, starts a transaction on the write connection and rolls it back: on SQLite that
 * is {@code BEGIN IMMEDIATE}, so it needs both the pool's one connection and the database's write
 * lock, as every SCIM write does. Taking it waits behind queued writes like any writer (at most the
 * pool's connection timeout). The outcome goes to {@link WriterWatch}.
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

  private final AtomicBoolean running = new AtomicBoolean();

  @Schedule(second = "*/20", minute = "*", hour = "*", persistent = false)
  public void probe() {
    if (!storage.isReady() || !running.compareAndSet(false, true)) {
      return; // not started yet, or the last probe still waits
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.rollback();
      connection.setAutoCommit(true);
      if (watch.consecutiveFailures() > 0) {
        LOG.info("The write connection works again");
      }
      watch.succeeded();
    } catch (SQLException | RuntimeException e) {
      watch.failed(e.getClass().getSimpleName()); // health output is public: no message
      LOG.warning("The write connection could not start a transaction: " + e.getMessage());
    } finally {
      running.set(false);
    }
  }
}
