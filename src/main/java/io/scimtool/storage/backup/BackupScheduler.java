package io.scimtool.storage.backup;

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

/**
 * The backup clock: a non-persistent timer ticking every second (cheap: one {@code PRAGMA} when
 * nothing changed), and the final backup when the application stops. Runs never overlap (the
 * service holds a lock), and nothing escapes the timer method: under EJB Lite a timer that throws
 * stops following its schedule.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupScheduler {
  private static final Logger LOG = Logger.getLogger(BackupScheduler.class.getName());

  @Inject BackupService backups;

  @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
  public void tick() {
    try {
      backups.tick();
    } catch (Throwable t) { // NOPMD: the schedule must survive anything
      LOG.log(Level.SEVERE, "Backup tick failed", t);
    }
  }

  @PreDestroy
  void stop() {
    try {
      backups.shutdown();
    } catch (Throwable t) { // NOPMD: shutdown goes on regardless
      LOG.log(Level.SEVERE, "Final backup failed", t);
    }
  }
}
