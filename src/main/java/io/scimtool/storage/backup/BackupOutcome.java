package io.scimtool.storage.backup;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * The result of one backup run, as {@code POST /api/backup/trigger} reports it.
 *
 * @param result PUBLISHED, UNCHANGED (the snapshot equals the newest generation), STANDBY (another
 *     instance holds the lease), DISABLED, BLOCKED or FAILED
 */
@JsonbNillable
public record BackupOutcome(
    String result,
    String message,
    Long generation,
    String file,
    String sha256,
    Long sizeBytes,
    Long durationMs,
    Instant at) {

  public boolean failed() {
    return "FAILED".equals(result);
  }

  static BackupOutcome of(String result, String message, Instant at) {
    return new BackupOutcome(result, message, null, null, null, null, null, at);
  }
}
