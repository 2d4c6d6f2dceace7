package io.scimtool.storage.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestorerTest {
  @TempDir Path root;

  private Path local() {
    return root.resolve("local/scim.db");
  }

  private Path share() {
    return root.resolve("share");
  }

  private RestoreRecord restore(boolean allowEmpty) throws IOException {
    return restore(allowEmpty, Restorer.Performer.APPLICATION_STARTUP);
  }

  private RestoreRecord restore(boolean allowEmpty, Restorer.Performer performer)
      throws IOException {
    return new Restorer(
            new RestoreSettings(local(), Optional.of(share()), allowEmpty),
            performer,
            Clock.systemUTC())
        .run();
  }

  /** Publishes generations the way the backup does: a verified VACUUM INTO copy and a manifest. */
  private List<Generation> publish(int... userCounts) throws Exception {
    Files.createDirectories(share());
    BackupLayout layout = new BackupLayout(share());
    List<Generation> generations = new ArrayList<>();
    int sequence = 1;
    for (int users : userCounts) {
      Path source = root.resolve("source-" + sequence + ".db");
      try (LiveDatabase db = new LiveDatabase(source)) {
        db.addUsers("gen" + sequence, users);
        Path file = share().resolve(layout.generationName(Instant.now(), sequence));
        try (Statement s = db.connection().createStatement()) {
          s.execute("VACUUM INTO '" + file + "'");
        }
        generations.add(
            new Generation(
                file.getFileName().toString(),
                sequence,
                Checksums.sha256(file),
                Files.size(file),
                Instant.now(),
                Instant.now(),
                "1",
                "test",
                Map.of("users", (long) users),
                "ok",
                Checksums.digests(file).contentSha256()));
      }
      sequence++;
    }
    Files.writeString(
        layout.manifest(), new BackupManifest(Instant.now(), generations).toJsonText());
    return generations;
  }

  private static void corrupt(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 100; i < bytes.length; i += 7) {
      bytes[i] = (byte) ~bytes[i];
    }
    Files.write(file, bytes);
  }

  @Test
  void noBackupDirectoryStartsEmptyAndSaysSo() throws Exception {
    RestoreRecord record =
        new Restorer(
                new RestoreSettings(local(), Optional.empty(), false),
                Restorer.Performer.APPLICATION_STARTUP,
                Clock.systemUTC())
            .run();
    assertEquals(RestoreAction.STARTED_EMPTY, record.action());
    assertTrue(record.message().contains("BACKUP_DIR is not set"), record.message());
    assertFalse(Files.exists(local()));
  }

  @Test
  void emptyShareStartsEmpty() throws Exception {
    Files.createDirectories(share());
    RestoreRecord record = restore(false);
    assertEquals(RestoreAction.STARTED_EMPTY, record.action());
    assertTrue(record.message().contains("no backups found"), record.message());
  }

  @Test
  void soundLocalDatabaseIsUsedAsItIs() throws Exception {
    publish(5);
    Files.createDirectories(local().getParent());
    try (LiveDatabase db = new LiveDatabase(local())) {
      db.addUsers("local", 3);
    }
    RestoreRecord record = restore(false);
    assertEquals(RestoreAction.LOCAL_DATABASE_USED, record.action());
    assertEquals("ok", record.integrity());
    assertEquals(3, LiveDatabase.countUsers(local()));
  }

  @Test
  void missingLocalDatabaseIsRestoredFromTheNewestGeneration() throws Exception {
    List<Generation> generations = publish(2, 4);
    RestoreRecord record = restore(false);
    assertEquals(RestoreAction.RESTORED_FROM_BACKUP, record.action());
    assertEquals(2L, record.generation());
    assertEquals(Boolean.TRUE, record.checksumMatch());
    assertEquals("ok", record.integrity());
    assertFalse(record.fallbackUsed());
    assertEquals(generations.get(1).sha256(), record.sha256());
    assertEquals(4, LiveDatabase.countUsers(local()));
    assertEquals(record, RestoreRecord.read(root.resolve("local/scim.db.restore.json")).get());
  }

  @Test
  void corruptNewestGenerationFallsBackToThePreviousOne() throws Exception {
    List<Generation> generations = publish(2, 4);
    corrupt(share().resolve(generations.get(1).file()));
    RestoreRecord record = restore(false);
    assertEquals(RestoreAction.RESTORED_FROM_BACKUP, record.action());
    assertEquals(1L, record.generation());
    assertTrue(record.fallbackUsed());
    assertTrue(record.rejected().get(0).contains("SHA-256"), record.rejected().toString());
    assertEquals(2, LiveDatabase.countUsers(local()));
  }

  @Test
  void generationThatMatchesItsChecksumButFailsIntegrityIsRejected() throws Exception {
    List<Generation> generations = publish(2, 400);
    Path newest = share().resolve(generations.get(1).file());
    corrupt(newest);
    // A manifest written after the damage (the checksum matches, the content does not).
    List<Generation> rewritten =
        List.of(
            generations.get(0),
            new Generation(
                generations.get(1).file(),
                2,
                Checksums.sha256(newest),
                Files.size(newest),
                Instant.now(),
                Instant.now(),
                "1",
                "test",
                Map.of(),
                "ok",
                ""));
    Files.writeString(
        new BackupLayout(share()).manifest(),
        new BackupManifest(Instant.now(), rewritten).toJsonText());
    RestoreRecord record = restore(false);
    assertEquals(1L, record.generation());
    assertTrue(record.rejected().get(0).contains("integrity_check"), record.rejected().toString());
  }

  @Test
  void noValidBackupFailsClosedUnlessEmptyIsAllowed() throws Exception {
    List<Generation> generations = publish(2);
    corrupt(share().resolve(generations.get(0).file()));
    RestoreRecord failed = restore(false);
    assertEquals(RestoreAction.FAILED, failed.action());
    assertFalse(failed.action().allowsStart());
    assertFalse(Files.exists(local()), "no database may be created when the restore failed");

    RestoreRecord allowed = restore(true);
    assertEquals(RestoreAction.STARTED_EMPTY, allowed.action());
    assertTrue(allowed.message().contains("RESTORE_ALLOW_EMPTY"));
  }

  @Test
  void corruptLocalDatabaseIsMovedAsideNotDeletedAndABackupRestored() throws Exception {
    publish(3);
    Files.createDirectories(local().getParent());
    try (LiveDatabase db = new LiveDatabase(local())) {
      db.addUsers("local", 500);
      try (Statement s = db.connection().createStatement()) {
        s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
    }
    corrupt(local());
    byte[] damaged = Files.readAllBytes(local());
    RestoreRecord record = restore(false);
    assertEquals(RestoreAction.RESTORED_FROM_BACKUP, record.action());
    assertEquals(3, LiveDatabase.countUsers(local()));
    Path aside = quarantined().get(0);
    assertTrue(java.util.Arrays.equals(damaged, Files.readAllBytes(aside.resolve("scim.db"))));
  }

  @Test
  void journalLeftWithoutItsDatabaseIsKeptButNotReplayedOntoTheRestore() throws Exception {
    publish(3);
    Files.createDirectories(local().getParent());
    Path orphan = local().resolveSibling("scim.db-wal");
    Files.write(orphan, new byte[] {1, 2, 3});
    RestoreRecord record = restore(false);
    assertEquals(RestoreAction.RESTORED_FROM_BACKUP, record.action());
    assertFalse(Files.exists(orphan));
    assertTrue(Files.exists(quarantined().get(0).resolve("scim.db-wal")));
    assertEquals(3, LiveDatabase.countUsers(local()));
  }

  @Test
  void legacyShareWithCommitsStillInTheWalIsRecoveredOnLocalDisk() throws Exception {
    Path legacy = share().resolve("scim.db");
    Files.createDirectories(share());
    Files.createDirectories(root.resolve("old"));
    try (LiveDatabase db = new LiveDatabase(root.resolve("old/scim.db"))) {
      db.withoutCheckpoints().addUsers("old", 7);
      // The old design's share: the main file and a WAL holding commits, copied while open.
      Files.copy(db.file, legacy);
      Files.copy(db.file.resolveSibling("scim.db-wal"), share().resolve("scim.db-wal"));
    }
    RestoreRecord record = restore(false);
    assertEquals(RestoreAction.RECOVERED_LEGACY_DATABASE, record.action());
    assertEquals(7, LiveDatabase.countUsers(local()));
    assertTrue(Files.exists(share().resolve("scim.db-wal")), "journals on the share are kept");
    assertTrue(Files.exists(legacy));
  }

  @Test
  void applicationVerifiesWhatTheRestoreToolPutInPlace() throws Exception {
    publish(2);
    RestoreRecord byTool = restore(false, Restorer.Performer.RESTORE_TOOL);
    assertEquals("restore tool", byTool.performedBy());
    assertFalse(byTool.verifiedAtStartup());

    RestoreRecord atStartup = restore(false, Restorer.Performer.APPLICATION_STARTUP);
    assertEquals(RestoreAction.RESTORED_FROM_BACKUP, atStartup.action());
    assertEquals("restore tool", atStartup.performedBy());
    assertTrue(atStartup.verifiedAtStartup());
    assertEquals(byTool.sha256(), atStartup.sha256());

    // Changed since (the server wrote to it): no longer the restored file.
    try (Connection c = SqliteFiles.open(local(), false);
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM scim_user");
    }
    RestoreRecord later = restore(false);
    assertEquals(RestoreAction.LOCAL_DATABASE_USED, later.action());
    assertNull(later.generation());
  }

  private List<Path> quarantined() throws IOException {
    try (Stream<Path> files = Files.list(local().getParent())) {
      return files.filter(p -> p.getFileName().toString().startsWith("quarantine-")).toList();
    }
  }
}
