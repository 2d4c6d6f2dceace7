package io.scimtool.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sqlite.BusyHandler;
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
 * it fully copied, which under writes that never pause does not happen: the writer appends while
 * the checkpoint copies (the WAL reached 640 MB in two minutes of the benchmark's POSTs). So once
 * it is long and (nearly) fully copied, a RESTART checkpoint takes the write lock (waiting at most
 * {@value #RESTART_WAIT_MS} ms for it), copies the few frames appended since and lets the next
 * writer start the WAL over.
 *
 * <p>What the RESTART does inside the write lock is kept short, as every SCIM write waits for it:
 *
 * <ul>
 *   <li>SQLite syncs the database file only in a checkpoint that reaches the WAL's end, which under
 *       such writes only the RESTART does: it then flushed every page the PASSIVE checkpoints had
 *       copied since the one before (30-50 ms of fsync on the benchmark's disk; PATCH p99 55-63
 *       ms). The file is synced here first, without the lock, in rounds that each copy and sync
 *       what was appended during the one before, until a round leaves a few frames: what the
 *       RESTART holds the lock for was measured at 2.3 ms (median) and 6.8 ms at most.
 *   <li>It waits while the PASSIVE checkpoints stay far from the WAL's end. A reader on an older
 *       snapshot (a backup's, which reads for seconds) keeps them from copying what was written
 *       after it began, and a RESTART would hold every writer off while waiting for that reader.
 * </ul>
 */
public final class WalCheckpointer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(WalCheckpointer.class.getName());
  private static final long INTERVAL_MS = 100;
  private static final int RESTART_WAIT_MS = 20;

  /**
   * A WAL this long (~32 MB of 4 KB pages) is started over from its beginning: under the
   * benchmark's POSTs (~12,000 frames a second) that is a RESTART about every 0.7 s.
   */
  private static final long RESTART_AFTER_FRAMES = 8_000;

  /**
   * One descriptor per database file (by inode), kept open for the life of the process: closing any
   * descriptor of a file drops every POSIX lock the process holds on it, SQLite's own included
   * (https://www.sqlite.org/howtocorrupt.html, 2.2), and SQLite's connections stay open across
   * application restarts.
   */
  private static final Map<Object, FileChannel> SYNC_CHANNELS = new ConcurrentHashMap<>();

  /**
   * At most this many rounds of syncing and copying before a RESTART, which stop early once a round
   * leaves at most {@link #FRAMES_LEFT_FOR_RESTART} frames for the next.
   */
  private static final int CATCH_UP_ROUNDS = 4;

  /** What the RESTART may be left to copy, and how far behind a reader may keep the copying. */
  private static final long FRAMES_LEFT_FOR_RESTART = 100;

  private static final int BUSY = 5;
  private static final int LOCKED = 6;

  private final Path file;
  private final long restartAfterFrames;
  private final ScheduledExecutorService timer;
  private Connection connection;
  private boolean failing;
  private volatile long restarts;

  private WalCheckpointer(Path file, long restartAfterFrames) {
    this.file = file;
    this.restartAfterFrames = restartAfterFrames;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("scimtool-checkpoint-" + file.getFileName()));
  }

  /** Starts checkpointing {@code file}, which must be a database in WAL mode. */
  public static WalCheckpointer start(Path file) {
    return start(file, RESTART_AFTER_FRAMES);
  }

  static WalCheckpointer start(Path file, long restartAfterFrames) {
    WalCheckpointer checkpointer = new WalCheckpointer(file, restartAfterFrames);
    checkpointer.timer.scheduleWithFixedDelay(
        checkpointer::checkpoint, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
    return checkpointer;
  }

  /**
   * One tick: a PASSIVE checkpoint copies what no reader still needs; a WAL that is long and was
   * copied to its end is caught up and restarted. A tick that finds a lock it needs taken is
   * skipped.
   */
  void checkpoint() {
    try {
      if (connection == null) {
        SQLiteConfig config = new SQLiteConfig();
        config.resetOpenMode(SQLiteOpenMode.CREATE); // it never creates a database
        connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        BusyHandler.setHandler(connection, new BriefWait());
      }
      try (Statement statement = connection.createStatement()) {
        Wal wal = run(statement, "PASSIVE");
        if (wal.heldBackByAReader()) {
          syncWal();
        }
        if (wal.frames() >= restartAfterFrames && caughtUp(statement, wal)) {
          restarts++; // written by this thread alone
          run(statement, "RESTART");
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
    } catch (IOException | RuntimeException e) {
      fail(e);
    }
  }

  /**
   * Syncs the database file and copies what was appended meanwhile, a few rounds, until what a
   * round leaves is short (each round is shorter than the one before: it syncs only what the one
   * before copied); then syncs once more. False while a reader on an older snapshot keeps the
   * checkpoints far from the WAL's end.
   */
  private boolean caughtUp(Statement statement, Wal wal) throws SQLException, IOException {
    for (int round = 0; round < CATCH_UP_ROUNDS && !wal.heldBackByAReader(); round++) {
      syncDatabaseFile();
      Wal next = run(statement, "PASSIVE");
      boolean shortEnough = next.frames() - wal.frames() <= FRAMES_LEFT_FOR_RESTART;
      wal = next;
      if (shortEnough) {
        break;
      }
    }
    if (wal.heldBackByAReader()) {
      return false;
    }
    syncDatabaseFile();
    return true;
  }

  /**
   * Forces the pages checkpoints have written to the database file onto the disk, through the
   * process's descriptor of that file (keyed by the file itself, so a file restored under the same
   * name gets a descriptor of its own).
   */
  private void syncDatabaseFile() throws IOException {
    Object fileKey = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    FileChannel channel;
    try {
      channel =
          SYNC_CHANNELS.computeIfAbsent(
              fileKey == null ? file.toAbsolutePath().normalize() : fileKey,
              key -> {
                try {
                  return FileChannel.open(file, StandardOpenOption.READ);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    channel.force(false);
  }

  /**
   * A checkpoint syncs the WAL before copying from it, so while a reader holds the copying back
   * nothing syncs it: a backup's 12-s snapshot left ~800 MB of WAL to be flushed at once when it
   * ended. Synced here a tick's worth at a time instead. SQLite takes no POSIX locks on the WAL
   * file (its WAL locks are on the -shm file), so this descriptor may be closed again.
   */
  private void syncWal() throws IOException {
    try (FileChannel wal =
        FileChannel.open(
            file.resolveSibling(file.getFileName() + "-wal"), StandardOpenOption.READ)) {
      wal.force(false);
    }
  }

  private void fail(Exception e) {
    closeConnection();
    if (!failing) {
      failing = true; // said once; the next tick tries again with a new connection
      LOG.log(Level.WARNING, "WAL checkpoint of " + file + " failed: " + e.getMessage());
    }
  }

  /** Runs one checkpoint. */
  private static Wal run(Statement statement, String mode) throws SQLException {
    try (ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(" + mode + ")")) {
      result.next();
      return new Wal(result.getLong(2), result.getLong(3));
    }
  }

  /**
   * What a checkpoint saw: the WAL's length in frames and how many of them are in the database file
   * now (-1 and -1 when the database is not in WAL mode).
   */
  private record Wal(long frames, long copied) {
    /**
     * A reader on an older snapshot keeps a checkpoint from copying the frames written after it
     * began; a RESTART would then hold every writer off while it waited for that reader, up to
     * {@value #RESTART_WAIT_MS} ms a tick, ten ticks a second. Readers of a few milliseconds leave
     * a few frames behind and are waited for; a backup's snapshot reads for seconds.
     */
    boolean heldBackByAReader() {
      return frames - copied > FRAMES_LEFT_FOR_RESTART;
    }
  }

  /**
   * PASSIVE never waits; RESTART retries a lock every 50 µs for {@value #RESTART_WAIT_MS} ms, then
   * the tick is skipped. SQLite's own busy timeout sleeps 1, 2, 5, 10 ms between tries, which a
   * writer committing back to back nearly always beats to the write lock; while it waits for
   * readers, RESTART holds writers off, hence so short.
   */
  private static final class BriefWait extends BusyHandler {
    private long deadline;

    @Override
    protected int callback(int previousCalls) {
      long now = System.nanoTime();
      if (previousCalls == 0) {
        deadline = now + TimeUnit.MILLISECONDS.toNanos(RESTART_WAIT_MS);
      }
      if (now >= deadline) {
        return 0;
      }
      LockSupport.parkNanos(50_000);
      return 1;
    }
  }

  /** RESTART checkpoints attempted so far. */
  long restarts() {
    return restarts;
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
