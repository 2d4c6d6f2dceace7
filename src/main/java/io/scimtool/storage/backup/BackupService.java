package io.scimtool.storage.backup;

import io.scimtool.admin.BuildInfo;
import io.scimtool.storage.StorageState;
import io.scimtool.storage.restore.BackupLayout;
import io.scimtool.storage.restore.BackupManifest;
import io.scimtool.storage.restore.DurableFiles;
import io.scimtool.storage.restore.Generation;
import io.scimtool.storage.restore.SqliteFiles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Decides when a backup is due and runs it. A backup is due when the database changed since the
 * last published generation ({@code PRAGMA data_version} on a dedicated connection) and the minimum
 * interval has passed since the last attempt, or the maximum interval has passed since the first
 * unpublished change. One run at a time; a failing run is recorded and retried, never thrown at the
 * scheduler.
 */
@ApplicationScoped
public class BackupService {
  private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
  private static final Duration MANUAL_WAIT = Duration.ofMinutes(2);

  @Inject BackupSettings settings;
  @Inject StorageState storage;
  @Inject MetricRegistry metrics;

  private final Clock clock = Clock.systemUTC();
  private final ReentrantLock running = new ReentrantLock();
  private BackupLayout layout;
  private Publisher publisher;
  private BackupLease lease;
  private Connection watcher;
  private BackupWorker worker;

  private volatile BackupState state = BackupState.IDLE;
  private volatile Long lastSeenVersion;
  private volatile Instant dirtySince;
  private volatile Instant lastAttemptAt;
  private volatile Instant lastBackupTime;
  private volatile String lastError;
  private volatile int consecutiveFailures;
  private volatile long totalFailures;
  private volatile long backupCount;
  private volatile Long lastDurationMs;
  private volatile Long lastSizeBytes;
  private volatile String lastSha256;
  private volatile Long generation;
  private volatile List<Generation> retained = List.of();

  @PostConstruct
  void init() {
    if (settings.enabled()) {
      layout = new BackupLayout(settings.directory().get());
      publisher =
          new Publisher(
              layout,
              new Retention(settings.keep()),
              BuildInfo.current().version(),
              settings.ioBytesPerSecond(),
              step -> {});
      lease = new BackupLease(layout, settings.ownerId(), settings.lease());
      worker = new BackupWorker(settings.nice());
      BackupManifest manifest = publisher.manifest();
      retained = manifest.generations();
      manifest.newest().ifPresent(this::rememberNewest);
    } else {
      state = BackupState.DISABLED;
    }
    registerMetrics();
  }

  /** One scheduler tick: notice changes, keep the lease, back up when due. */
  public void tick() {
    if (!settings.enabled()) {
      state = BackupState.DISABLED;
      return;
    }
    if (!storage.isReady()) {
      state = BackupState.BLOCKED;
      return;
    }
    Instant now = clock.instant();
    try {
      observeChanges(now);
      if (lease.dueForRenewal(now) && !running.isLocked()) {
        lease.acquire(now);
      }
    } catch (IOException | SQLException e) {
      recordFailure(now, e);
      closeWatcher();
      return;
    }
    if (due(now)) {
      run(false, true);
    } else if (state == BackupState.BLOCKED || state == BackupState.DISABLED) {
      state = BackupState.IDLE;
    }
  }

  /** {@code POST /api/backup/trigger}: a backup now, even without changes; the real outcome. */
  public BackupOutcome trigger() {
    if (!settings.enabled()) {
      return BackupOutcome.of(
          "DISABLED", "Backups are off: BACKUP_DIR is not set", clock.instant());
    }
    if (!storage.isReady()) {
      return BackupOutcome.of(
          "BLOCKED", "The database is not available; nothing is published", clock.instant());
    }
    return run(true, true);
  }

  /** On graceful shutdown: a final backup when changes are pending, within the time allowed. */
  public void shutdown() {
    if (!settings.enabled() || !storage.isReady()) {
      release();
      return;
    }
    Instant now = clock.instant();
    try {
      observeChanges(now);
      if (dirtySince != null) {
        LOG.info("Final backup before shutdown (changes pending since " + dirtySince + ")");
        // At normal priority: the requests have stopped and the time allowed is short.
        Thread finalRun = new Thread(() -> run(false, false), "scimtool-final-backup");
        finalRun.setDaemon(true);
        finalRun.start();
        finalRun.join(settings.shutdownTimeout().toMillis());
        if (finalRun.isAlive()) {
          LOG.severe(
              "The final backup did not finish within "
                  + settings.shutdownTimeout().toSeconds()
                  + " s; changes since "
                  + dirtySince
                  + " may be missing from the backups");
        }
      }
      lease.release(clock.instant());
    } catch (IOException | SQLException e) {
      LOG.log(Level.SEVERE, "Final backup failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      release();
    }
  }

  private void release() {
    closeWatcher();
    if (worker != null) {
      worker.close();
    }
  }

  private boolean due(Instant now) {
    Instant dirty = dirtySince;
    if (dirty == null) {
      return false;
    }
    Instant last = lastAttemptAt;
    boolean minPassed =
        last == null || !Duration.between(last, now).minus(settings.minInterval()).isNegative();
    boolean maxPassed = !Duration.between(dirty, now).minus(settings.maxInterval()).isNegative();
    return minPassed || maxPassed;
  }

  private BackupOutcome run(boolean manual, boolean niced) {
    boolean locked;
    try {
      locked =
          manual
              ? running.tryLock(MANUAL_WAIT.toMillis(), TimeUnit.MILLISECONDS)
              : running.tryLock();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      locked = false;
    }
    if (!locked) {
      return BackupOutcome.of("BUSY", "Another backup is still running", clock.instant());
    }
    try {
      return niced ? worker.call(() -> attempt(manual)) : attempt(manual);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return BackupOutcome.of(
          "FAILED", "Interrupted while waiting for the backup", clock.instant());
    } finally {
      running.unlock();
    }
  }

  /** One backup, under the run lock: snapshot, verify, publish unless nothing changed. */
  private BackupOutcome attempt(boolean manual) {
    Instant started = clock.instant();
    long startedNanos = System.nanoTime();
    Path temp = snapshotTemp();
    try {
      state = BackupState.RUNNING;
      lastAttemptAt = started;
      Optional<BackupLease.Holder> other = lease.acquire(started);
      if (other.isPresent()) {
        return standby(other.get(), started);
      }
      Connection live = watcher();
      long versionBefore = dataVersion(live);
      Snapshot snapshot = Snapshot.take(live, temp, started, settings.ioBytesPerSecond());
      BackupManifest manifest = publisher.manifest();
      Optional<Generation> newest = manifest.newest();
      if (!manual
          && newest.isPresent()
          && newest.get().contentSha256().equals(snapshot.contentSha256())) {
        markPublished(versionBefore, started);
        state = BackupState.IDLE;
        consecutiveFailures = 0;
        lastError = null;
        return BackupOutcome.of(
            "UNCHANGED",
            "The database equals generation " + newest.get().sequence() + "; nothing published",
            started);
      }
      // Renewed before publishing: a niced snapshot of a large database can outlast the lease.
      other = lease.acquire(clock.instant());
      if (other.isPresent()) {
        return standby(other.get(), started);
      }
      BackupManifest published = publisher.publish(snapshot, clock.instant());
      markPublished(versionBefore, started);
      Generation made = published.newest().orElseThrow();
      long durationMs = (System.nanoTime() - startedNanos) / 1_000_000;
      retained = published.generations();
      rememberNewest(made);
      lastDurationMs = durationMs;
      backupCount++;
      consecutiveFailures = 0;
      lastError = null;
      state = BackupState.IDLE;
      LOG.info(
          String.format(
              "Backup generation %d published: %s, %d bytes, sha256 %s, %d ms",
              made.sequence(), made.file(), made.sizeBytes(), made.sha256(), durationMs));
      return new BackupOutcome(
          "PUBLISHED",
          "Generation " + made.sequence() + " published",
          made.sequence(),
          made.file(),
          made.sha256(),
          made.sizeBytes(),
          durationMs,
          started);
    } catch (IOException | SQLException | RuntimeException e) {
      recordFailure(started, e);
      closeWatcher();
      return BackupOutcome.of("FAILED", lastError, started);
    } finally {
      try {
        DurableFiles.deleteGently(temp); // in steps: one unlink of 1 GB is a burst of disk work
      } catch (IOException e) {
        LOG.warning("Could not remove the local snapshot " + temp + ": " + e.getMessage());
      }
    }
  }

  private BackupOutcome standby(BackupLease.Holder other, Instant started) {
    state = BackupState.STANDBY;
    return BackupOutcome.of(
        "STANDBY",
        "Another instance ("
            + other.owner()
            + ") holds the backup lease until "
            + other.expiresAt()
            + "; this instance does not publish",
        started);
  }

  /** Everything committed before the snapshot started is published; later commits are pending. */
  private void markPublished(long versionBefore, Instant snapshotStarted) throws SQLException {
    long versionAfter = dataVersion(watcher());
    lastSeenVersion = versionAfter;
    dirtySince = versionAfter == versionBefore ? null : snapshotStarted;
  }

  private void rememberNewest(Generation newest) {
    lastBackupTime = newest.created();
    lastSizeBytes = newest.sizeBytes();
    lastSha256 = newest.sha256();
    generation = newest.sequence();
  }

  private void recordFailure(Instant at, Exception e) {
    consecutiveFailures++;
    totalFailures++;
    metrics.counter("backup.failures").inc();
    lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
    state = BackupState.FAILING;
    LOG.warning("Backup attempt failed (" + consecutiveFailures + " in a row): " + lastError);
  }

  private void observeChanges(Instant now) throws SQLException {
    long version = dataVersion(watcher());
    Long seen = lastSeenVersion;
    if (seen == null || seen != version) {
      lastSeenVersion = version;
      if (dirtySince == null) {
        dirtySince = now; // also at start: the first run compares with the newest generation
      }
    }
  }

  /** The dedicated connection: a new one has an unknown past, so changes are assumed. */
  private synchronized Connection watcher() throws SQLException {
    if (watcher == null || watcher.isClosed()) {
      watcher = SqliteFiles.open(settings.databaseFile(), false);
      lastSeenVersion = null;
    }
    return watcher;
  }

  private synchronized void closeWatcher() {
    if (watcher != null) {
      try {
        watcher.close();
      } catch (SQLException ignored) {
        // closing is best effort; a new connection is opened next time
      }
      watcher = null;
    }
  }

  private static long dataVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("PRAGMA data_version")) {
      result.next();
      return result.getLong(1);
    }
  }

  private Path snapshotTemp() {
    Path database = settings.databaseFile();
    return database.resolveSibling("." + database.getFileName() + ".snapshot.tmp");
  }

  public List<Generation> generations() {
    return settings.enabled() ? publisher.manifest().generations() : List.of();
  }

  public BackupStatus status() {
    Instant now = clock.instant();
    Optional<BackupLease.Holder> holder = lease == null ? Optional.empty() : lease.lastSeen();
    return new BackupStatus(
        settings.directory().map(Path::toString).orElse(null),
        settings.enabled() ? "directory" : "disabled",
        state,
        backupCount,
        lastBackupTime,
        lastAttemptAt,
        lastError,
        consecutiveFailures,
        totalFailures,
        lastDurationMs,
        lastSizeBytes,
        lastSha256,
        generation,
        dirtySince,
        rpoSeconds(now),
        retained.stream().map(BackupService::summary).toList(),
        holder
            .map(
                h ->
                    new BackupStatus.Lease(
                        h.owner(), h.expiresAt(), h.owner().equals(lease.owner()) && h.liveAt(now)))
            .orElse(null),
        new BackupStatus.Schedule(
            settings.minInterval().toSeconds(),
            settings.maxInterval().toSeconds(),
            settings.keep(),
            settings.shutdownTimeout().toSeconds()),
        storage.restoreRecord().orElse(null));
  }

  /** Age of the oldest change not yet published (0 when everything is published). */
  long rpoSeconds(Instant now) {
    Instant dirty = dirtySince;
    return dirty == null ? 0 : Math.max(0, Duration.between(dirty, now).toSeconds());
  }

  static BackupStatus.GenerationSummary summary(Generation g) {
    return new BackupStatus.GenerationSummary(
        g.file(),
        g.sequence(),
        g.created(),
        g.snapshotStartedAt(),
        g.sizeBytes(),
        g.sha256(),
        g.schemaVersion(),
        g.appVersion(),
        g.rowCounts());
  }

  private void registerMetrics() {
    metrics.gauge(
        "backup.age.seconds",
        this,
        s ->
            s.lastBackupTime == null
                ? -1
                : Duration.between(s.lastBackupTime, clock.instant()).toSeconds());
    metrics.gauge("backup.rpo.seconds", this, s -> s.rpoSeconds(clock.instant()));
    metrics.gauge(
        "backup.last.duration.seconds",
        this,
        s -> s.lastDurationMs == null ? -1.0 : s.lastDurationMs / 1000.0);
    metrics.gauge(
        "backup.last.size.bytes", this, s -> s.lastSizeBytes == null ? -1 : s.lastSizeBytes);
    metrics.gauge("backup.consecutive.failures", this, s -> s.consecutiveFailures);
    metrics.counter("backup.failures");
  }
}
