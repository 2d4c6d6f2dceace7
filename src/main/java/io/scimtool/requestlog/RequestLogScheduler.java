package io.scimtool.requestlog;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes queued request log entries every second and prunes the log every ten minutes. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RequestLogScheduler {
  private static final Logger LOG = Logger.getLogger(RequestLogScheduler.class.getName());

  @Inject RequestLogWriter writer;
  @Inject RequestLogRepository repository;
  @Inject io.scimtool.storage.StorageState storage;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  public synchronized void flush() {
    if (!storage.isReady()) {
      return; // entries wait in the queue until the database is there
    }
    try {
      writer.drain();
    } catch (Throwable t) { // NOPMD: the schedule must survive anything
      LOG.log(Level.WARNING, "Request log flush failed", t);
    }
  }

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  public void prune() {
    if (!storage.isReady()) {
      return;
    }
    try {
      int removed = repository.prune();
      if (removed > 0) {
        LOG.info("Request log pruned: " + removed + " rows");
      }
    } catch (Throwable t) { // NOPMD: the schedule must survive anything
      LOG.log(Level.WARNING, "Request log pruning failed", t);
    }
  }

  @PreDestroy
  void stop() {
    flush();
  }
}
