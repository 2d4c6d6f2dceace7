package io.scimtool.storage.backup;

import io.scimtool.storage.restore.BackupLayout;
import io.scimtool.storage.restore.BackupManifest;
import io.scimtool.storage.restore.Checksums;
import io.scimtool.storage.restore.DurableFiles;
import io.scimtool.storage.restore.Generation;
import io.scimtool.storage.restore.IoPacer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Publishes a verified snapshot to the backup directory in an order that survives a crash at any
 * step: generation under a temporary name → fsync → atomic rename → manifest replaced atomically →
 * generations dropped by retention deleted → {@code scim.db} replaced atomically. A reader (the
 * restore) trusts only the manifest and complete generation names, so an interrupted publish is
 * invisible.
 */
final class Publisher {
  private static final Logger LOG = Logger.getLogger(Publisher.class.getName());
  private static final Duration ORPHAN_AGE = Duration.ofMinutes(10);

  /** Named points between publishing steps, where tests simulate a crash. */
  enum Step {
    GENERATION_WRITTEN,
    GENERATION_RENAMED,
    MANIFEST_REPLACED
  }

  private final BackupLayout layout;
  private final Retention retention;
  private final String appVersion;
  private final Consumer<Step> afterStep;
  private final long bytesPerSecond;

  /** {@code bytesPerSecond}: the pace of each copy into the directory, 0 for unlimited. */
  Publisher(
      BackupLayout layout,
      Retention retention,
      String appVersion,
      long bytesPerSecond,
      Consumer<Step> afterStep) {
    this.layout = layout;
    this.bytesPerSecond = bytesPerSecond;
    this.retention = retention;
    this.appVersion = appVersion;
    this.afterStep = afterStep;
  }

  /** The manifest as published now; unreadable counts as empty (generation files are kept). */
  BackupManifest manifest() {
    try {
      return BackupManifest.read(layout.manifest()).orElse(BackupManifest.empty());
    } catch (IOException e) {
      LOG.warning(e.getMessage() + "; a new manifest will be written");
      return BackupManifest.empty();
    }
  }

  /** Publishes the snapshot and returns the new manifest. */
  BackupManifest publish(Snapshot snapshot, Instant now) throws IOException {
    Files.createDirectories(layout.directory());
    removeOrphanedTemporaryFiles(now);
    BackupManifest manifest = manifest();
    long sequence = Math.max(manifest.nextSequence(), highestSequenceOnDisk() + 1);
    String name = layout.generationName(now, sequence);
    Path temp = layout.generationTemp(name);
    Files.deleteIfExists(temp);
    String written = Checksums.copyDurably(snapshot.file(), temp, IoPacer.of(bytesPerSecond));
    if (!written.equals(snapshot.sha256())) {
      Files.delete(temp);
      throw new IOException("The copy written to " + temp + " does not match the snapshot");
    }
    afterStep.accept(Step.GENERATION_WRITTEN);
    DurableFiles.moveAtomically(temp, layout.generation(name));
    afterStep.accept(Step.GENERATION_RENAMED);

    Generation generation =
        new Generation(
            name,
            sequence,
            snapshot.sha256(),
            snapshot.sizeBytes(),
            now,
            snapshot.startedAt(),
            snapshot.schemaVersion(),
            appVersion,
            snapshot.rowCounts(),
            snapshot.integrity(),
            snapshot.contentSha256());
    BackupManifest grown = manifest.with(generation, now);
    List<Generation> kept = retention.apply(grown.generations(), now);
    BackupManifest published = grown.retaining(kept, now);
    DurableFiles.replaceText(layout.manifest(), layout.manifestTemp(), published.toJsonText());
    afterStep.accept(Step.MANIFEST_REPLACED);

    Set<String> keptFiles = new HashSet<>();
    kept.forEach(g -> keptFiles.add(g.file()));
    for (Generation dropped : grown.generations()) {
      if (!keptFiles.contains(dropped.file())) {
        DurableFiles.deleteGently(layout.generation(dropped.file()));
      }
    }
    replaceLatestCopy(layout.generation(name), now);
    return published;
  }

  /**
   * {@code scim.db} on the share, for the manual recovery operators know. If the old design left
   * journal files beside it, the whole set is first moved into a {@code legacy-…} folder: a new
   * file beside an old journal would be corrupted by it.
   */
  private void replaceLatestCopy(Path generation, Instant now) throws IOException {
    if (DurableFiles.hasCompanions(layout.latestCopy())) {
      Path aside = layout.directory().resolve("legacy-" + DurableFiles.stamp(now));
      DurableFiles.moveSetAside(layout.latestCopy(), aside);
      LOG.warning("Moved the legacy scim.db and its journal files to " + aside);
    }
    Path temp = layout.latestCopyTemp();
    Files.deleteIfExists(temp);
    Checksums.copyDurably(generation, temp, IoPacer.of(bytesPerSecond));
    DurableFiles.replaceGently(temp, layout.latestCopy());
  }

  private long highestSequenceOnDisk() throws IOException {
    List<Path> files = layout.generationFiles();
    return files.isEmpty() ? 0 : BackupLayout.sequenceOf(files.get(0));
  }

  /** Temporary files of interrupted publishes: the only thing ever cleaned up. */
  private void removeOrphanedTemporaryFiles(Instant now) throws IOException {
    if (!Files.isDirectory(layout.directory())) {
      return;
    }
    try (Stream<Path> files = Files.list(layout.directory())) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (BackupLayout.isTemporaryName(name)
            && !name.equals(layout.leaseTemp().getFileName().toString())
            && Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(ORPHAN_AGE))) {
          Files.deleteIfExists(file);
        }
      }
    }
  }
}
