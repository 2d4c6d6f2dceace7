package io.scimtool.storage;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes every {@link Journal}'s queued rows ten times a second and prunes them every ten minutes.
 * A non-persistent interval timer rather than a {@code @Schedule} (whose finest step is a second):
 * at 4,000 requests a second, one batch a second took ~75 ms of a core at once, and requests served
 * during it waited; a tenth of the batch every 100 ms spreads the same work out.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JournalScheduler {
  private static final Logger LOG = Logger.getLogger(JournalScheduler.class.getName());

  static final long FLUSH_INTERVAL_MS = 100;

  @Inject @Any Instance<Journal<?>> journals;
  @Inject StorageState storage;
  @Resource TimerService timers;

  @PostConstruct
  void schedule() {
    timers.createIntervalTimer(
        FLUSH_INTERVAL_MS, FLUSH_INTERVAL_MS, new TimerConfig("journal-flush", false));
  }

  @Timeout
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
