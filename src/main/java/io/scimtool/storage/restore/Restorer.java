package io.scimtool.storage.restore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Puts a verified database in place on local disk before anything opens it. The local file wins
 * when it passes {@code quick_check}; otherwise the newest backup generation whose SHA-256 and
 * {@code integrity_check} pass is copied to local disk, verified there and renamed into place,
 * falling back to older generations. SQLite never opens a file in the backup directory, and no
 * {@code -wal}/{@code -journal}/{@code -shm} file is ever deleted: companions that do not belong to
 * the file being put in place are moved aside together with it.
 */
public final class Restorer {
  private static final Logger LOG = Logger.getLogger(Restorer.class.getName());

  private final RestoreSettings settings;
  private final Performer performer;
  private final Clock clock;
  private final List<String> rejected = new ArrayList<>();
  private long startedNanos;

  /** Who runs the restore: the stand-alone tool (an init container) or the application. */
  public enum Performer {
    RESTORE_TOOL("restore tool"),
    APPLICATION_STARTUP("application start-up");

    private final String label;

    Performer(String label) {
      this.label = label;
    }
  }

  public Restorer(RestoreSettings settings, Performer performer, Clock clock) {
    this.settings = settings;
    this.performer = performer;
    this.clock = clock;
  }

  /** Runs the restore and records its outcome beside the database. */
  public RestoreRecord run() throws IOException {
    startedNanos = System.nanoTime();
    Path database = settings.databaseFile();
    Files.createDirectories(database.getParent());
    RestoreRecord record = decide(database);
    if (record.action() != RestoreAction.FAILED) {
      record.write(settings.recordFile());
    }
    LOG.info("Restore: " + record.action() + " - " + record.message());
    return record;
  }

  private RestoreRecord decide(Path database) throws IOException {
    Optional<RestoreRecord> local = useLocalDatabase(database);
    if (local.isPresent()) {
      return local.get();
    }
    if (DurableFiles.hasCompanions(database)) {
      // Journals without their database (or beside a rejected one) would be replayed onto
      // whatever file is put here next: keep them, but elsewhere.
      Path aside = quarantine(database);
      rejected.add("companion files of " + database.getFileName() + " moved to " + aside);
    }
    if (settings.backupDirectory().isEmpty()) {
      return outcome(
          RestoreAction.STARTED_EMPTY,
          "backups are off (BACKUP_DIR is not set): starting with an empty database",
          null,
          null,
          null,
          null,
          null);
    }
    BackupLayout layout = new BackupLayout(settings.backupDirectory().get());
    if (!Files.exists(layout.directory())) {
      return outcome(
          RestoreAction.STARTED_EMPTY,
          "the backup directory " + layout.directory() + " does not exist yet: starting empty",
          null,
          null,
          null,
          null,
          null);
    }
    if (!Files.isDirectory(layout.directory())) {
      throw new IOException("BACKUP_DIR " + layout.directory() + " is not a directory");
    }
    List<Candidate> candidates = candidates(layout);
    for (Candidate candidate : candidates) {
      Optional<RestoreRecord> restored = tryCandidate(candidate, database);
      if (restored.isPresent()) {
        return restored.get();
      }
    }
    boolean legacy =
        candidates.isEmpty()
            && (Files.exists(layout.latestCopy())
                || DurableFiles.hasCompanions(layout.latestCopy()));
    if (legacy) {
      Optional<RestoreRecord> recovered = recoverLegacy(layout.latestCopy(), database);
      if (recovered.isPresent()) {
        return recovered.get();
      }
    }
    if (candidates.isEmpty() && !legacy) {
      return outcome(
          RestoreAction.STARTED_EMPTY,
          "no backups found in " + layout.directory() + ": starting with an empty database",
          null,
          null,
          null,
          null,
          null);
    }
    if (settings.allowEmpty()) {
      return outcome(
          RestoreAction.STARTED_EMPTY,
          "backups exist but none is valid; RESTORE_ALLOW_EMPTY=true: starting empty",
          null,
          null,
          null,
          null,
          null);
    }
    return outcome(
        RestoreAction.FAILED,
        "backups exist in "
            + layout.directory()
            + " but none is valid: refusing to start on an empty database (set"
            + " RESTORE_ALLOW_EMPTY=true to override)",
        null,
        null,
        null,
        null,
        null);
  }

  /** The local database, if it is present, real and sound. */
  private Optional<RestoreRecord> useLocalDatabase(Path database) throws IOException {
    if (!Files.exists(database)) {
      return Optional.empty();
    }
    if (Files.size(database) == 0 && !DurableFiles.hasCompanions(database)) {
      Files.delete(database); // an empty file holds nothing; SQLite created it on open
      return Optional.empty();
    }
    Optional<RestoreRecord> earlier = RestoreRecord.read(settings.recordFile());
    if (earlier.isPresent()
        && !earlier.get().verifiedAtStartup()
        && earlier.get().sha256() != null
        && !DurableFiles.hasCompanions(database)
        && earlier.get().sha256().equals(Checksums.sha256(database))) {
      // Restored by the restore tool (an init container) and untouched since: check it again.
      String check = check(database, false);
      if ("ok".equals(check)) {
        return Optional.of(earlier.get().verifiedAtStartup(check, elapsedMs()));
      }
    }
    String check = check(database, false);
    boolean hasTables = "ok".equals(check) && hasTables(database);
    if ("ok".equals(check) && hasTables) {
      return Optional.of(
          outcome(
              RestoreAction.LOCAL_DATABASE_USED,
              "the local database passed quick_check and is used as it is",
              database.toString(),
              null,
              null,
              null,
              check));
    }
    String reason = hasTables ? "quick_check: " + check : "local database holds no tables";
    Path aside = quarantine(database);
    rejected.add("local database (" + reason + ") moved to " + aside);
    return Optional.empty();
  }

  private record Candidate(Path file, Long sequence, String expectedSha256, boolean fromManifest) {}

  /** Manifest generations and generation files on disk, newest first; the latest copy last. */
  private List<Candidate> candidates(BackupLayout layout) throws IOException {
    Map<Long, Candidate> bySequence = new HashMap<>();
    Optional<BackupManifest> manifest = Optional.empty();
    try {
      manifest = BackupManifest.read(layout.manifest());
    } catch (IOException e) {
      rejected.add("manifest: " + e.getMessage());
    }
    manifest.ifPresent(
        m ->
            m.generations()
                .forEach(
                    g ->
                        bySequence.put(
                            g.sequence(),
                            new Candidate(
                                layout.generation(g.file()), g.sequence(), g.sha256(), true))));
    for (Path file : layout.generationFiles()) {
      bySequence.putIfAbsent(
          BackupLayout.sequenceOf(file),
          new Candidate(file, BackupLayout.sequenceOf(file), null, false));
    }
    List<Candidate> ordered = new ArrayList<>(bySequence.values());
    ordered.sort((a, b) -> Long.compare(b.sequence(), a.sequence()));
    if (!ordered.isEmpty() && Files.exists(layout.latestCopy())) {
      // scim.db is a copy of the newest generation: a last resort if every generation is bad.
      String newestSha =
          manifest.flatMap(BackupManifest::newest).map(Generation::sha256).orElse(null);
      ordered.add(new Candidate(layout.latestCopy(), null, newestSha, manifest.isPresent()));
    }
    return ordered;
  }

  private Optional<RestoreRecord> tryCandidate(Candidate candidate, Path database)
      throws IOException {
    String name = candidate.file().getFileName().toString();
    if (!Files.isRegularFile(candidate.file())) {
      rejected.add(name + ": missing");
      return Optional.empty();
    }
    Path temp = database.resolveSibling("." + database.getFileName() + ".restore.tmp");
    Files.deleteIfExists(temp);
    String sha = Checksums.copyDurably(candidate.file(), temp);
    Boolean match =
        candidate.expectedSha256() == null ? null : candidate.expectedSha256().equals(sha);
    if (Boolean.FALSE.equals(match)) {
      Files.delete(temp);
      rejected.add(name + ": SHA-256 does not match the manifest");
      return Optional.empty();
    }
    String integrity = check(temp, true);
    if (!"ok".equals(integrity)) {
      discardTemp(temp);
      rejected.add(name + ": integrity_check: " + integrity);
      return Optional.empty();
    }
    DurableFiles.moveAtomically(temp, database);
    return Optional.of(
        outcome(
            RestoreAction.RESTORED_FROM_BACKUP,
            "restored " + name + " from " + candidate.file().getParent(),
            candidate.file().toString(),
            candidate.sequence(),
            sha,
            match,
            integrity));
  }

  /**
   * The old design left {@code scim.db} with its journal on the share: copy the set to local disk
   * and let SQLite recover it there, then compact it into the database file.
   */
  private Optional<RestoreRecord> recoverLegacy(Path legacy, Path database) throws IOException {
    Path work = database.resolveSibling(".legacy-recovery-" + DurableFiles.stamp(clock.instant()));
    Files.createDirectories(work);
    Path copy = work.resolve(legacy.getFileName());
    if (Files.exists(legacy)) {
      Files.copy(legacy, copy);
    }
    for (String suffix : DurableFiles.COMPANION_SUFFIXES) {
      Path companion = legacy.resolveSibling(legacy.getFileName() + suffix);
      if (Files.exists(companion) && !suffix.equals("-shm")) {
        Files.copy(companion, work.resolve(legacy.getFileName() + suffix));
      }
    }
    Path temp = database.resolveSibling("." + database.getFileName() + ".restore.tmp");
    Files.deleteIfExists(temp);
    try (Connection connection = SqliteFiles.open(copy, false);
        Statement statement = connection.createStatement()) {
      // Opening read-write replays a WAL or rolls back a hot journal, on local disk.
      statement.execute("VACUUM INTO '" + temp.toString().replace("'", "''") + "'");
    } catch (SQLException e) {
      Files.deleteIfExists(temp);
      rejected.add("legacy " + legacy.getFileName() + ": " + e.getMessage());
      return Optional.empty();
    }
    String integrity = check(temp, true);
    if (!"ok".equals(integrity)) {
      discardTemp(temp);
      rejected.add("legacy " + legacy.getFileName() + ": integrity_check: " + integrity);
      return Optional.empty();
    }
    String sha = Checksums.sha256(temp);
    DurableFiles.moveAtomically(temp, database);
    return Optional.of(
        outcome(
            RestoreAction.RECOVERED_LEGACY_DATABASE,
            "recovered the legacy database "
                + legacy
                + " (with its journal files) on local disk; the working copy is in "
                + work,
            legacy.toString(),
            null,
            sha,
            null,
            integrity));
  }

  private String check(Path file, boolean full) {
    try {
      return full ? SqliteFiles.integrityCheck(file) : SqliteFiles.quickCheck(file);
    } catch (SQLException e) {
      return "not a readable SQLite database (" + e.getMessage() + ")";
    }
  }

  private boolean hasTables(Path file) {
    try {
      return SqliteFiles.hasTables(file);
    } catch (SQLException e) {
      return false;
    }
  }

  /** A rejected temporary copy is ours alone; its companions (if any) are moved aside, not lost. */
  private void discardTemp(Path temp) throws IOException {
    if (DurableFiles.hasCompanions(temp)) {
      quarantine(temp);
    } else {
      Files.deleteIfExists(temp);
    }
  }

  private Path quarantine(Path database) throws IOException {
    Path aside =
        database.resolveSibling(
            "quarantine-" + DurableFiles.stamp(clock.instant()) + "-" + System.nanoTime());
    DurableFiles.moveSetAside(database, aside);
    return aside;
  }

  private RestoreRecord outcome(
      RestoreAction action,
      String message,
      String source,
      Long generation,
      String sha256,
      Boolean checksumMatch,
      String integrity) {
    boolean fallback =
        action == RestoreAction.RESTORED_FROM_BACKUP
            && rejected.stream().anyMatch(r -> !r.startsWith("local database"));
    return new RestoreRecord(
        action,
        message,
        source,
        generation,
        sha256,
        checksumMatch,
        integrity,
        elapsedMs(),
        fallback,
        rejected,
        performer.label,
        Instant.now(clock),
        performer == Performer.APPLICATION_STARTUP);
  }

  private long elapsedMs() {
    return (System.nanoTime() - startedNanos) / 1_000_000;
  }
}
