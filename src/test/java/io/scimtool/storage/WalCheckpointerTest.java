package io.scimtool.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.storage.restore.LiveDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
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
      long end = System.nanoTime() + 3_000_000_000L;
      int commits = 0;
      while (System.nanoTime() < end) {
        db.addUsers("w" + commits++, 1);
        LockSupport.parkNanos(1_000_000); // ~1,000 commits a second, as a busy server's writer
      }
      long walBytes = Files.size(live.resolveSibling("busy.db-wal"));
      assertTrue(commits > 1_000, "the writer kept the WAL busy: " + commits + " commits");
      // 500 frames are 2 MB and it grows a few MB between two ticks; never started over, it
      // measured 68 MB here.
      assertTrue(
          walBytes < 24L * 1024 * 1024,
          "WAL " + walBytes / 1024 / 1024 + " MB after " + commits + " commits");
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
