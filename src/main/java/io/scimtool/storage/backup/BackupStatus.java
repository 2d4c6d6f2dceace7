package io.scimtool.storage.backup;

import io.scimtool.storage.restore.RestoreRecord;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/backup/status}. */
@JsonbNillable
public record BackupStatus(
    String target,
    String mode,
    BackupState state,
    long backupCount,
    Instant lastBackupTime,
    Instant lastAttemptAt,
    String lastError,
    int consecutiveFailures,
    long totalFailures,
    Long lastDurationMs,
    Long lastSizeBytes,
    String lastSha256,
    Long generation,
    Instant dirtySince,
    long rpoSeconds,
    List<GenerationSummary> retainedGenerations,
    Lease lease,
    Schedule schedule,
    RestoreRecord restore) {

  /** A generation as listed in the status and at {@code GET /api/backup/generations}. */
  public record GenerationSummary(
      String file,
      long sequence,
      Instant created,
      Instant snapshotStartedAt,
      long sizeBytes,
      String sha256,
      String schemaVersion,
      String appVersion,
      java.util.Map<String, Long> rowCounts) {}

  /** The single-writer lease as last seen: who holds it, until when, and whether that is us. */
  public record Lease(String holder, Instant expiresAt, boolean heldByThisInstance) {}

  /** The effective schedule settings. */
  public record Schedule(
      long minIntervalSeconds, long maxIntervalSeconds, int keep, long shutdownTimeoutSeconds) {}
}
