package io.scimtool.storage.backup;

import io.scimtool.storage.restore.Checksums;
import io.scimtool.storage.restore.SqliteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;

/**
 * A consistent copy of the live database on local disk, made with {@code VACUUM INTO} (a read
 * transaction: writers carry on) and verified before anything is published.
 */
record Snapshot(
    Path file,
    Instant startedAt,
    String sha256,
    String contentSha256,
    long sizeBytes,
    String integrity,
    String schemaVersion,
    Map<String, Long> rowCounts) {

  /**
   * Snapshots the database behind {@code live} into {@code target} (replaced if it exists). The
   * snapshot is switched to rollback-journal mode so checking or restoring it never creates
   * companion files.
   */
  static Snapshot take(Connection live, Path target, Instant startedAt)
      throws IOException, SQLException {
    Files.deleteIfExists(target);
    // The snapshot is a temporary local file: syncing it would only flush ~100 MB at once and
    // stall the live database's own syncs. Durability comes from the forced copy on the share.
    try (Statement statement = live.createStatement()) {
      statement.execute("PRAGMA synchronous = OFF");
      try {
        statement.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
      } finally {
        statement.execute("PRAGMA synchronous = NORMAL");
      }
    }
    try (Connection copy = SqliteFiles.open(target, false);
        Statement statement = copy.createStatement()) {
      statement.execute("PRAGMA synchronous = OFF");
      statement.execute("PRAGMA journal_mode = DELETE");
    }
    String integrity = SqliteFiles.integrityCheck(target);
    if (!"ok".equals(integrity)) {
      throw new SQLException("The snapshot failed integrity_check: " + integrity);
    }
    String schemaVersion;
    Map<String, Long> rowCounts;
    try (Connection copy = SqliteFiles.open(target, true)) {
      schemaVersion = SqliteFiles.schemaVersion(copy);
      rowCounts = SqliteFiles.rowCounts(copy);
    }
    return new Snapshot(
        target,
        startedAt,
        Checksums.sha256(target),
        Checksums.contentSha256(target),
        Files.size(target),
        integrity,
        schemaVersion,
        rowCounts);
  }
}
