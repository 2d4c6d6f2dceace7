package io.scimtool.storage.backup;

import io.scimtool.storage.restore.Checksums;
import io.scimtool.storage.restore.DurableFiles;
import io.scimtool.storage.restore.IoPacer;
import io.scimtool.storage.restore.SqliteFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;

/**
 * A consistent copy of the live database on local disk, made with SQLite's online backup (a read
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

  /** How long SQLite's backup waits for a busy database, and how often, before it gives up. */
  private static final int BUSY_SLEEP_MS = 100;

  private static final int BUSY_RETRIES = 100;

  /**
   * Pages per backup step. SQLite commits the copy only once, at the end, so each step's pages are
   * synced here: unsynced, a paced snapshot left 1.1 GB for that one commit to flush, and every
   * live write stalled for ~0.4 s behind it (bench/backup-load.sh, AMD VM).
   */
  private static final int PAGES_PER_STEP = 1024;

  /**
   * Snapshots the database behind {@code live} (a connection of the backup's own, not in a
   * transaction) into {@code target} (replaced if it exists), reading and writing at most {@code
   * bytesPerSecond} (0: unlimited). The snapshot is switched to rollback-journal mode so checking
   * or restoring it never creates companion files.
   */
  static Snapshot take(Connection live, Path target, Instant startedAt, long bytesPerSecond)
      throws IOException, SQLException {
    DurableFiles.deleteGently(target);
    copyPages(live, target, IoPacer.of(bytesPerSecond));
    try (Connection copy = SqliteFiles.open(target, false);
        Statement statement = copy.createStatement()) {
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
    Checksums.Digests digests = Checksums.digests(target, IoPacer.of(bytesPerSecond));
    return new Snapshot(
        target,
        startedAt,
        digests.sha256(),
        digests.contentSha256(),
        Files.size(target),
        integrity,
        schemaVersion,
        rowCounts);
  }

  /**
   * SQLite's online backup ({@code sqlite3_backup_step}) of every page, a step at a time, inside
   * one read transaction on {@code live}: writers carry on, and the copy is the state at the
   * transaction's start. Without that transaction a stepped backup starts over whenever another
   * connection writes between two steps, which on a busy server is always. A page copy costs half
   * the CPU of {@code VACUUM INTO}, which rebuilds every b-tree (965 MB benchmark database: 2.0 s
   * against 4.0 s), and stepping lets it be paced and synced as it goes.
   */
  private static void copyPages(Connection live, Path target, IoPacer pacer)
      throws SQLException, IOException {
    boolean autoCommit = live.getAutoCommit();
    live.setAutoCommit(false);
    // Open until the backup has closed its own connection to the copy: closing a descriptor of a
    // file drops every POSIX lock the process holds on it, SQLite's lock on the copy included.
    try (StepSync sync = new StepSync(target)) {
      try (Statement statement = live.createStatement()) {
        long bytesPerStep = PAGES_PER_STEP * (long) pageSize(statement);
        try (ResultSet read = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
          read.next(); // a table read: the read transaction starts here (a PRAGMA does not)
        }
        int code =
            live.unwrap(SQLiteConnection.class)
                .getDatabase()
                .backup(
                    "main",
                    target.toString(),
                    (remaining, pages) -> {
                      sync.step();
                      pacer.advance(bytesPerStep);
                    },
                    BUSY_SLEEP_MS,
                    BUSY_RETRIES,
                    PAGES_PER_STEP);
        if (code != SQLiteErrorCode.SQLITE_OK.code) {
          throw new SQLException(
              "SQLite's backup into " + target + " failed: " + SQLiteErrorCode.getErrorCode(code));
        }
        sync.check();
      }
    } finally {
      live.rollback();
      live.setAutoCommit(autoCommit);
    }
  }

  /**
   * Forces what SQLite has written of the copy so far onto the disk, after every step. A failure is
   * kept for {@link #check()}: the step runs inside SQLite's native backup call, which is no place
   * for an exception.
   */
  private static final class StepSync implements AutoCloseable {
    private final Path target;
    private FileChannel channel;
    private IOException failure;

    StepSync(Path target) {
      this.target = target;
    }

    void step() {
      if (failure != null) {
        return;
      }
      try {
        if (channel == null) {
          channel = FileChannel.open(target, StandardOpenOption.READ);
        }
        channel.force(false);
      } catch (IOException e) {
        failure = e;
      }
    }

    void check() throws IOException {
      if (failure != null) {
        throw new IOException("Could not sync the snapshot " + target, failure);
      }
    }

    @Override
    public void close() throws IOException {
      if (channel != null) {
        channel.close();
      }
    }
  }

  private static int pageSize(Statement statement) throws SQLException {
    try (ResultSet result = statement.executeQuery("PRAGMA page_size")) {
      result.next();
      return result.getInt(1);
    }
  }
}
