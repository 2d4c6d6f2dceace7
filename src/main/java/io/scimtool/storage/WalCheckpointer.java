package io.scimtool.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Moves committed WAL content into a SQLite database file from a thread of its own, ten times a
 * second. Left to SQLite, the connection whose commit takes the WAL past 1,000 pages does it inside
 * that commit: the single writer connection waits for the page copies and two fsyncs every few
 * hundred writes, and while the disk is busy (a backup's copy, the kernel flushing dirty pages) for
 * as long as that lasts. So the writers run with {@code wal_autocheckpoint = 0} (server.xml's
 * {@code onConnect}, the request log's connection settings) and this thread checkpoints. PASSIVE
 * never blocks readers or the writer. A WAL only starts over from its beginning when a writer finds
 * it fully copied, which with checkpoints elsewhere almost never happens: once it is long and fully
 * copied, a RESTART checkpoint (holding writers off for at most {@value #RESTART_WAIT_MS} ms)
 * starts it over, so it does not grow without bound.
 */
public final class WalCheckpointer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(WalCheckpointer.class.getName());
  private static final long INTERVAL_MS = 100;
  private static final int RESTART_WAIT_MS = 20;

  /** A WAL this long (~8 MB of 4 KB pages), fully copied, is started over from its beginning. */
  private static final long RESTART_AFTER_FRAMES = 2_000;

  private static final int BUSY = 5;
  private static final int LOCKED = 6;

  private final Path file;
  private final ScheduledExecutorService timer;
  private Connection connection;
  private boolean failing;

  private WalCheckpointer(Path file) {
    this.file = file;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("scimtool-checkpoint-" + file.getFileName()));
  }

  /** Starts checkpointing {@code file}, which must be a database in WAL mode. */
  public static WalCheckpointer start(Path file) {
    WalCheckpointer checkpointer = new WalCheckpointer(file);
    checkpointer.timer.scheduleWithFixedDelay(
        checkpointer::checkpoint, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
    return checkpointer;
  }

  /** One PASSIVE checkpoint: copies what no reader still needs, skips a tick when locked. */
  void checkpoint() {
    try {
      if (connection == null) {
        SQLiteConfig config = new SQLiteConfig();
        // PASSIVE never waits; RESTART waits this long for the writer and readers, then the tick
        // is skipped. While it waits, it holds writers off: hence so short.
        config.setBusyTimeout(RESTART_WAIT_MS);
        config.resetOpenMode(SQLiteOpenMode.CREATE); // it never creates a database
        connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
      }
      try (Statement statement = connection.createStatement()) {
        if (checkpoint(statement, "PASSIVE") >= RESTART_AFTER_FRAMES) {
          checkpoint(statement, "RESTART");
        }
      }
      if (failing) {
        failing = false;
        LOG.info("WAL checkpoints of " + file + " work again");
      }
    } catch (SQLException e) {
      if (e.getErrorCode() == BUSY || e.getErrorCode() == LOCKED) {
        return; // another connection holds a lock the checkpoint needs: next tick
      }
      fail(e);
    } catch (RuntimeException e) {
      fail(e);
    }
  }

  private void fail(Exception e) {
    closeConnection();
    if (!failing) {
      failing = true; // said once: the writer's own checkpoints carry on meanwhile
      LOG.log(Level.WARNING, "WAL checkpoint of " + file + " failed: " + e.getMessage());
    }
  }

  /**
   * Runs one checkpoint; returns the WAL's length in frames when everything in it is now in the
   * database file, or 0 when readers still need part of it (or another checkpoint was running).
   */
  private static long checkpoint(Statement statement, String mode) throws SQLException {
    try (ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(" + mode + ")")) {
      result.next();
      boolean busy = result.getInt(1) != 0;
      long frames = result.getLong(2);
      long copied = result.getLong(3);
      return !busy && frames == copied ? frames : 0;
    }
  }

  @Override
  public void close() {
    DaemonThreads.stop(timer);
    closeConnection();
  }

  private void closeConnection() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // best effort: a new connection is opened on the next tick
      }
      connection = null;
    }
  }
}
