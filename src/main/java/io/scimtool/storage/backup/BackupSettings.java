package io.scimtool.storage.backup;

import io.scimtool.storage.DatabaseLocation;
import io.scimtool.storage.restore.RestoreSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backup and restore configuration. Defaults live in microprofile-config.properties; each key can
 * be set as an environment variable ({@code BACKUP_DIR}, {@code BACKUP_MIN_INTERVAL_SECONDS} …).
 */
@ApplicationScoped
public class BackupSettings {
  @Inject
  @ConfigProperty(name = "DATABASE_URL")
  String databaseUrl;

  @Inject
  @ConfigProperty(name = "backup.dir")
  Optional<String> backupDir;

  @Inject
  @ConfigProperty(name = "backup.min.interval.seconds")
  long minIntervalSeconds;

  @Inject
  @ConfigProperty(name = "backup.max.interval.seconds")
  long maxIntervalSeconds;

  @Inject
  @ConfigProperty(name = "backup.keep")
  int keep;

  @Inject
  @ConfigProperty(name = "backup.lease.seconds")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "backup.shutdown.timeout.seconds")
  long shutdownTimeoutSeconds;

  @Inject
  @ConfigProperty(name = "backup.io.mb.per.second")
  int ioMbPerSecond;

  @Inject
  @ConfigProperty(name = "backup.nice")
  int nice;

  @Inject
  @ConfigProperty(name = "backup.owner.id")
  Optional<String> ownerId;

  @Inject
  @ConfigProperty(name = "restore.allow.empty")
  boolean restoreAllowEmpty;

  public Path databaseFile() {
    return DatabaseLocation.parse(databaseUrl).file();
  }

  public Optional<Path> directory() {
    return RestoreSettings.backupDirectory(backupDir.orElse(null));
  }

  public boolean enabled() {
    return directory().isPresent();
  }

  public RestoreSettings restoreSettings() {
    return new RestoreSettings(databaseFile(), directory(), restoreAllowEmpty);
  }

  public Duration minInterval() {
    return Duration.ofSeconds(Math.max(1, minIntervalSeconds));
  }

  public Duration maxInterval() {
    return Duration.ofSeconds(Math.max(minIntervalSeconds, maxIntervalSeconds));
  }

  public int keep() {
    return Math.max(1, keep);
  }

  public Duration lease() {
    return Duration.ofSeconds(Math.max(10, leaseSeconds));
  }

  public Duration shutdownTimeout() {
    return Duration.ofSeconds(Math.max(1, shutdownTimeoutSeconds));
  }

  /** The pace of each pass a backup makes over the database file; 0 for unlimited. */
  public long ioBytesPerSecond() {
    return Math.max(0, ioMbPerSecond) * 1_000_000L;
  }

  /** The backup thread's Linux nice value: 0 normal priority, 19 the lowest. */
  public int nice() {
    return Math.max(0, Math.min(19, nice));
  }

  /**
   * Who publishes: {@code BACKUP_OWNER_ID}, else host name and database path, so a restarted
   * process on the same host and disk takes its own lease back at once.
   */
  public String ownerId() {
    return ownerId.filter(id -> !id.isBlank()).orElseGet(() -> hostName() + ":" + databaseFile());
  }

  private static String hostName() {
    String fromEnvironment = System.getenv("HOSTNAME");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown-host";
    }
  }
}
