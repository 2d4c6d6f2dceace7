package io.scimtool.storage;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes every {@link Journal}'s queued rows each second and prunes them every ten minutes. */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JournalScheduler {
  private static final Logger LOG = Logger.getLogger(JournalScheduler.class.getName());

  @Inject @Any Instance<Journal<?>> journals;
  @Inject StorageState storage;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  public synchronized void flush() {
    if (!storage.isReady()) {
      return; // rows wait in the queues until the database is there
    }
    for (Journal<?> journal : journals) {
      try {
        journal.drain();
      } catch (Throwable t) { // NOPMD: the schedule must survive anything
        LOG.log(Level.WARNING, journal.table() + " flush failed", t);
      }
    }
  }

  @Schedule(minute = "*/10", hour = "*", persistent = false)
  public void prune() {
    if (!storage.isReady()) {
      return;
    }
    for (Journal<?> journal : journals) {
      try {
        int removed = journal.prune();
        if (removed > 0) {
          LOG.info(journal.table() + " pruned: " + removed + " rows");
        }
      } catch (Throwable t) { // NOPMD: the schedule must survive anything
        LOG.log(Level.WARNING, journal.table() + " pruning failed", t);
      }
    }
  }

  @PreDestroy
  void stop() {
    flush();
  }
}
