package io.scimtool.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.storage.restore.LiveDatabase;
import io.scimtool.storage.restore.SqliteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalCheckpointerTest {
  @TempDir Path root;

  /** Users in the database file alone, as if its WAL were lost: what checkpoints have moved. */
  private long usersInTheMainFileAlone(Path live) throws Exception {
    Path alone = Files.createTempDirectory(root, "alone").resolve("scim.db");
    Files.copy(live, alone);
    try {
      return LiveDatabase.countUsers(alone);
    } catch (SQLException noTableYet) {
      return 0;
    }
  }

  @Test
  void commitsReachTheDatabaseFileWithoutTheWriterCheckpointing() throws Exception {
    Path live = root.resolve("live.db");
    try (LiveDatabase db = new LiveDatabase(live).withoutCheckpoints()) {
      db.addUsers("u", 100);
      assertEquals(0, usersInTheMainFileAlone(live), "nothing checkpointed yet");
      try (WalCheckpointer checkpointer = WalCheckpointer.start(live)) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (usersInTheMainFileAlone(live) < 100 && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertEquals(100, usersInTheMainFileAlone(live));
        db.addUsers("v", 5);
        deadline = System.nanoTime() + 10_000_000_000L;
        while (usersInTheMainFileAlone(live) < 105 && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertEquals(105, usersInTheMainFileAlone(live), "it keeps going");
      }
      assertEquals(105, db.users());
    }
  }

  /**
   * Under writes that never pause, a checkpoint on another thread never finds the WAL fully copied
   * (the writer appends while it copies), so SQLite never starts the WAL over: it grew to 640 MB in
   * two minutes of the benchmark's POSTs. The file keeps its longest length once started over, so
   * its size bounds how far it ever got.
   */
  @Test
  void theWalStaysShortUnderWritesThatNeverPause() throws Exception {
    Path live = root.resolve("busy.db");
    try (LiveDatabase db = new LiveDatabase(live).withoutCheckpoints();
        WalCheckpointer checkpointer = WalCheckpointer.start(live, 500)) {
      int commits = writeForThreeSeconds(db, "w");
      assertTrue(commits > 1_000, "the writer kept the WAL busy: " + commits + " commits");
      // 500 frames are 2 MB and it grows a few MB between two ticks; never started over, it
      // measured 68 MB here.
      assertWalShort(live, commits);
    }
  }

  /**
   * Readers of a few milliseconds leave a checkpoint a few frames short of the WAL's end; the WAL
   * is still started over (they are waited for), so it stays as short as without them.
   */
  @Test
  void theWalStaysShortUnderWritesAndShortReads() throws Exception {
    Path live = root.resolve("read.db");
    try (LiveDatabase db = new LiveDatabase(live).withoutCheckpoints();
        Connection reader = SqliteFiles.open(live, true);
        WalCheckpointer checkpointer = WalCheckpointer.start(live, 500)) {
      AtomicBoolean writing = new AtomicBoolean(true);
      Thread reads =
          new Thread(
              () -> {
                while (writing.get()) {
                  readFor(reader, 2);
                }
              });
      reads.start();
      int commits = writeForThreeSeconds(db, "r");
      writing.set(false);
      reads.join();
      assertTrue(checkpointer.restarts() > 0, "the WAL was started over");
      assertWalShort(live, commits);
    }
  }

  /**
   * A reader on an old snapshot (a backup's, for seconds) keeps checkpoints from the frames written
   * after it began. A RESTART then would hold the writer off while waiting for it, so none is
   * attempted until it ends; then the WAL is started over.
   */
  @Test
  void noRestartIsAttemptedWhileALongReaderHoldsAnOldSnapshot() throws Exception {
    Path live = root.resolve("long.db");
    try (LiveDatabase db = new LiveDatabase(live).withoutCheckpoints();
        Connection reader = SqliteFiles.open(live, true);
        WalCheckpointer checkpointer = WalCheckpointer.start(live, 200)) {
      Thread longRead = new Thread(() -> readFor(reader, 1_500));
      longRead.start();
      Thread.sleep(100); // the reader's snapshot is taken
      for (int commit = 0; longRead.isAlive(); commit++) {
        db.addUsers("l" + commit, 1);
        LockSupport.parkNanos(1_000_000);
      }
      assertEquals(0, checkpointer.restarts(), "no RESTART while the reader held its snapshot");
      long deadline = System.nanoTime() + 10_000_000_000L;
      for (int commit = 0; checkpointer.restarts() == 0 && System.nanoTime() < deadline; commit++) {
        db.addUsers("after" + commit, 1);
        Thread.sleep(5);
      }
      assertTrue(checkpointer.restarts() > 0, "started over once the reader was done");
    }
  }

  /** One user per commit, ~1,000 commits a second (a busy server's writer), for 3 s. */
  private static int writeForThreeSeconds(LiveDatabase db, String prefix) throws Exception {
    long end = System.nanoTime() + 3_000_000_000L;
    int commits = 0;
    while (System.nanoTime() < end) {
      db.addUsers(prefix + commits++, 1);
      LockSupport.parkNanos(1_000_000);
    }
    return commits;
  }

  private static void assertWalShort(Path live, int commits) throws Exception {
    long walBytes = Files.size(live.resolveSibling(live.getFileName() + "-wal"));
    assertTrue(
        walBytes < 24L * 1024 * 1024,
        "WAL " + walBytes / 1024 / 1024 + " MB after " + commits + " commits");
  }

  /** One read transaction on {@code reader}, held open for about {@code millis}. */
  private static void readFor(Connection reader, long millis) {
    try {
      reader.setAutoCommit(false);
      try (Statement statement = reader.createStatement();
          ResultSet result = statement.executeQuery("SELECT count(*) FROM scim_user")) {
        result.next();
        Thread.sleep(millis);
      } finally {
        reader.rollback();
        reader.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aMissingDatabaseIsReportedNotThrownAndClosingStopsIt() throws Exception {
    Path nowhere = root.resolve("missing.db");
    WalCheckpointer checkpointer = WalCheckpointer.start(nowhere);
    Thread.sleep(300);
    checkpointer.close();
    assertTrue(Files.notExists(nowhere), "a checkpointer never creates a database");
  }
}
