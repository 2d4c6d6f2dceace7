package io.scimtool.storage.restore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * File steps that survive a crash at any point: data is written under a temporary name, forced to
 * disk and then renamed atomically, so a reader sees the old file or the complete new one.
 */
public final class DurableFiles {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** SQLite's companion files: never deleted (a hot journal holds committed data). */
  public static final List<String> COMPANION_SUFFIXES = List.of("-wal", "-journal", "-shm");

  private DurableFiles() {}

  /** How much is written between forces: small flushes keep other processes' fsyncs short. */
  private static final int FORCE_EVERY_BYTES = 1 << 20;

  private static final long SHRINK_STEP_BYTES = 8 << 20;

  /**
   * Writes a new file from the stream and forces its content to disk, a few megabytes at a time:
   * one large flush at the end would hold the disk for long enough to stall the live database's own
   * syncs (its WAL checkpoints).
   */
  public static void write(Path target, InputStream content) throws IOException {
    write(target, content, IoPacer.unlimited());
  }

  /** {@link #write(Path, InputStream)} at the pace {@code pacer} allows. */
  public static void write(Path target, InputStream content, IoPacer pacer) throws IOException {
    try (FileChannel channel =
        FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      byte[] buffer = new byte[1 << 16];
      long sinceForce = 0;
      for (int n; (n = content.read(buffer)) > 0; ) {
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.wrap(buffer, 0, n);
        while (chunk.hasRemaining()) {
          channel.write(chunk);
        }
        sinceForce += n;
        pacer.advance(n);
        if (sinceForce >= FORCE_EVERY_BYTES) {
          channel.force(false);
          sinceForce = 0;
        }
      }
      channel.force(true);
    }
  }

  /** Replaces {@code target} atomically with {@code text} written under {@code temp} first. */
  public static void replaceText(Path target, Path temp, String text) throws IOException {
    Files.deleteIfExists(temp);
    write(temp, new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    moveAtomically(temp, target);
  }

  /** Atomic rename (replacing an existing target), then forces the directory entry to disk. */
  public static void moveAtomically(Path source, Path target) throws IOException {
    try {
      Files.move(
          source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "The file system of " + target.getParent() + " cannot rename atomically", e);
    }
    forceDirectory(target.toAbsolutePath().getParent());
  }

  /**
   * Replaces {@code target} with {@code source} atomically like {@link #moveAtomically}, and frees
   * the replaced file's space gradually (see {@link #deleteGently}).
   */
  public static void replaceGently(Path source, Path target) throws IOException {
    FileChannel old = null;
    try {
      if (Files.isRegularFile(target)) {
        old = FileChannel.open(target, StandardOpenOption.WRITE);
      }
      moveAtomically(source, target);
      if (old != null) {
        shrinkGradually(old);
      }
    } finally {
      if (old != null) {
        old.close();
      }
    }
  }

  /**
   * Deletes a large file without one big block-freeing transaction: the name goes at once, the
   * space a few megabytes at a time through a handle kept open. Freeing ~100 MB in one go made the
   * file system journal stall the live database's syncs for ~100 ms.
   */
  public static void deleteGently(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      Files.delete(file);
      shrinkGradually(channel);
    }
  }

  private static void shrinkGradually(FileChannel channel) throws IOException {
    for (long size = channel.size(); size > 0; ) {
      size = Math.max(0, size - SHRINK_STEP_BYTES);
      channel.truncate(size);
      channel.force(false);
    }
  }

  /** Best effort: some file systems (SMB among them) refuse to open a directory for syncing. */
  public static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException ignored) {
      // the rename itself is still atomic; only its durability timing is up to the file system
    }
  }

  /**
   * Moves a database file and whichever of its companion files exist into {@code directory},
   * keeping them together so SQLite can still recover the set there. Nothing is deleted.
   */
  public static void moveSetAside(Path databaseFile, Path directory) throws IOException {
    Files.createDirectories(directory);
    Path name = databaseFile.getFileName();
    if (Files.exists(databaseFile)) {
      Files.move(databaseFile, directory.resolve(name));
    }
    for (String suffix : COMPANION_SUFFIXES) {
      Path companion = databaseFile.resolveSibling(name + suffix);
      if (Files.exists(companion)) {
        Files.move(companion, directory.resolve(name + suffix));
      }
    }
  }

  /** True when any companion file of {@code databaseFile} exists. */
  public static boolean hasCompanions(Path databaseFile) {
    String name = databaseFile.getFileName().toString();
    return COMPANION_SUFFIXES.stream()
        .anyMatch(suffix -> Files.exists(databaseFile.resolveSibling(name + suffix)));
  }

  /** A compact UTC timestamp for file names, e.g. {@code 20261127T213000Z}. */
  public static String stamp(Instant instant) {
    return STAMP.format(instant);
  }
}
