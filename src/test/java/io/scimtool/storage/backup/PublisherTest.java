package io.scimtool.storage.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.storage.restore.BackupLayout;
import io.scimtool.storage.restore.BackupManifest;
import io.scimtool.storage.restore.Checksums;
import io.scimtool.storage.restore.LiveDatabase;
import io.scimtool.storage.restore.RestoreAction;
import io.scimtool.storage.restore.RestoreRecord;
import io.scimtool.storage.restore.RestoreSettings;
import io.scimtool.storage.restore.Restorer;
import io.scimtool.support.MigrationFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
  @TempDir Path root;
  private final AtomicReference<Publisher.Step> crashAt = new AtomicReference<>();

  private Path share() {
    return root.resolve("share");
  }

  private Publisher publisher(int keep) {
    return new Publisher(
        new BackupLayout(share()),
        new Retention(keep),
        "test",
        0,
        step -> {
          if (step == crashAt.get()) {
            throw new IllegalStateException("simulated crash after " + step);
          }
        });
  }

  private Snapshot snapshot(LiveDatabase db, String name) throws Exception {
    return Snapshot.take(db.connection(), root.resolve(name), Instant.now(), 0);
  }

  private RestoreRecord restoreInto(String dir) throws Exception {
    return new Restorer(
            new RestoreSettings(root.resolve(dir).resolve("scim.db"), Optional.of(share()), false),
            Restorer.Performer.RESTORE_TOOL,
            Clock.systemUTC())
        .run();
  }

  @Test
  void publishesVerifiedGenerationsManifestAndLatestCopy() throws Exception {
    try (LiveDatabase db = new LiveDatabase(root.resolve("live.db"))) {
      db.addUsers("a", 3);
      publisher(12).publish(snapshot(db, "s1"), Instant.now());
      db.addUsers("b", 2);
      Snapshot second = snapshot(db, "s2");
      BackupManifest manifest = publisher(12).publish(second, Instant.now());

      assertEquals(
          List.of(2L, 1L), manifest.generations().stream().map(g -> g.sequence()).toList());
      BackupLayout layout = new BackupLayout(share());
      Path newest = layout.generation(manifest.newest().get().file());
      assertEquals(second.sha256(), Checksums.sha256(newest));
      assertArrayEquals(Files.readAllBytes(newest), Files.readAllBytes(layout.latestCopy()));
      assertEquals(5L, manifest.newest().get().rowCounts().get("users"));
      assertEquals(MigrationFiles.latestVersion(), manifest.newest().get().schemaVersion());
      assertEquals(manifest, BackupManifest.read(layout.manifest()).get());
      assertEquals(
          5, LiveDatabase.countUsers(layout.latestCopy().resolveSibling(newest.getFileName())));
    }
  }

  @Test
  void snapshotIsConsistentAndIncludesCommitsStillInTheWal() throws Exception {
    try (LiveDatabase db = new LiveDatabase(root.resolve("live.db")).withoutCheckpoints()) {
      db.addUsers("wal", 50);
      Snapshot snapshot = snapshot(db, "s");
      assertEquals("ok", snapshot.integrity());
      assertEquals(50L, snapshot.rowCounts().get("users"));
      assertEquals(50, LiveDatabase.countUsers(snapshot.file()));
      assertTrue(
          Files.notExists(root.resolve("s-wal")) && Files.notExists(root.resolve("s-shm")),
          "a snapshot is a single self-contained file");
    }
  }

  @Test
  @Timeout(120) // a stepped backup outside a read transaction starts over forever
  void aSnapshotCompletesWhileAnotherConnectionKeepsWriting() throws Exception {
    try (LiveDatabase db = new LiveDatabase(root.resolve("live.db"))) {
      db.addUsers("base", 60_000); // several backup steps: writes land between them
      AtomicBoolean writing = new AtomicBoolean(true);
      AtomicInteger written = new AtomicInteger();
      Thread writer =
          new Thread(
              () -> {
                try (LiveDatabase other = new LiveDatabase(root.resolve("live.db"))) {
                  while (writing.get()) {
                    other.addUsers("w" + written.get(), 1);
                    written.incrementAndGet(); // counts commits done, not begun
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      writer.start();
      while (written.get() < 5) {
        Thread.onSpinWait();
      }
      Snapshot snapshot;
      try {
        snapshot = snapshot(db, "busy");
      } finally {
        writing.set(false);
        writer.join();
      }
      long users = snapshot.rowCounts().get("users");
      assertTrue(Files.size(snapshot.file()) > 3 * 1024 * 4096, "more than three backup steps");
      assertEquals("ok", snapshot.integrity());
      assertTrue(
          users >= 60_005 && users <= 60_000 + written.get(),
          "the snapshot holds a committed state: " + users + " of " + (60_000 + written.get()));
      assertEquals(users, LiveDatabase.countUsers(snapshot.file()));
    }
  }

  @Test
  void aRestoredUnchangedDatabaseSnapshotsToTheSameContent() throws Exception {
    Snapshot original;
    try (LiveDatabase db = new LiveDatabase(root.resolve("live.db"))) {
      db.addUsers("x", 3);
      original = snapshot(db, "original");
    }
    Files.createDirectories(root.resolve("restored"));
    Files.copy(original.file(), root.resolve("restored/scim.db"));
    // The server reopens the restored file in WAL mode, which bumps header counters only.
    try (LiveDatabase reopened = new LiveDatabase(root.resolve("restored/scim.db"))) {
      Snapshot again = snapshot(reopened, "again");
      assertEquals(original.contentSha256(), again.contentSha256());
      reopened.addUsers("y", 1);
      assertTrue(!original.contentSha256().equals(snapshot(reopened, "changed").contentSha256()));
    }
  }

  @Test
  void aCrashAtAnyStepNeverLeavesAVisiblePartialGeneration() throws Exception {
    for (Publisher.Step step : Publisher.Step.values()) {
      PublisherTestSupport.deleteTree(share());
      try (LiveDatabase db = new LiveDatabase(root.resolve("live-" + step + ".db"))) {
        db.addUsers("first", 4);
        publisher(12).publish(snapshot(db, "first-" + step), Instant.now());
        db.addUsers("second", 6);
        crashAt.set(step);
        Snapshot second = snapshot(db, "second-" + step);
        assertThrows(
            IllegalStateException.class, () -> publisher(12).publish(second, Instant.now()));
        crashAt.set(null);

        // Every file that looks like a generation is complete and sound.
        for (Path file : new BackupLayout(share()).generationFiles()) {
          long users = LiveDatabase.countUsers(file);
          assertTrue(users == 4 || users == 10, step + ": " + file + " has " + users);
        }
        RestoreRecord restored = restoreInto("restore-" + step);
        assertEquals(RestoreAction.RESTORED_FROM_BACKUP, restored.action(), step.toString());
        long expected = step == Publisher.Step.GENERATION_WRITTEN ? 4 : 10;
        assertEquals(
            expected,
            LiveDatabase.countUsers(root.resolve("restore-" + step + "/scim.db")),
            step.toString());

        // The next publish continues after whatever the crash left behind.
        BackupManifest next = publisher(12).publish(snapshot(db, "third-" + step), Instant.now());
        assertTrue(next.newest().get().sequence() >= 2, step.toString());
      }
    }
  }

  @Test
  void retentionDeletesDroppedGenerationFilesOnly() throws Exception {
    try (LiveDatabase db = new LiveDatabase(root.resolve("live.db"))) {
      for (int i = 0; i < 5; i++) {
        db.addUsers("u" + i, 1);
        publisher(2).publish(snapshot(db, "s" + i), Instant.now());
      }
      // All five fall in the same hour and day: the two newest are kept.
      List<Path> files = new BackupLayout(share()).generationFiles();
      assertEquals(2, files.size());
      assertEquals(
          BackupManifest.read(new BackupLayout(share()).manifest()).get().generations().size(), 2);
    }
  }

  @Test
  void legacyJournalBesideScimDbIsMovedAsideWithItsDatabaseBeforeTheCopyIsReplaced()
      throws Exception {
    Files.createDirectories(share());
    Files.writeString(share().resolve("scim.db"), "old database");
    Files.writeString(share().resolve("scim.db-wal"), "old wal");
    try (LiveDatabase db = new LiveDatabase(root.resolve("live.db"))) {
      publisher(12).publish(snapshot(db, "s"), Instant.now());
    }
    try (Stream<Path> files = Files.list(share())) {
      Path legacy =
          files.filter(p -> p.getFileName().toString().startsWith("legacy-")).findFirst().get();
      assertEquals("old wal", Files.readString(legacy.resolve("scim.db-wal")));
      assertEquals("old database", Files.readString(legacy.resolve("scim.db")));
    }
    assertTrue(Files.notExists(share().resolve("scim.db-wal")));
  }
}
