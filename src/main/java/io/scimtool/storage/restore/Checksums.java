package io.scimtool.storage.restore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of files, computed while reading them once. */
public final class Checksums {
  private Checksums() {}

  public static String sha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * The SHA-256 of a file and of a SQLite file's content: for the content, the header fields SQLite
   * bumps without any change of data (file change counter, schema cookie, version-valid-for,
   * library version) count as zero, so two snapshots of the same data compare equal even after a
   * restore.
   */
  public record Digests(String sha256, String contentSha256) {}

  /** Both digests of {@code file}, computed in one read. */
  public static Digests digests(Path file) throws IOException {
    return digests(file, IoPacer.unlimited());
  }

  /** {@link #digests(Path)} at the pace {@code pacer} allows. */
  public static Digests digests(Path file, IoPacer pacer) throws IOException {
    MessageDigest whole = newDigest();
    MessageDigest content = newDigest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] header = in.readNBytes(100);
      whole.update(header);
      content.update(contentHeader(header));
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        whole.update(buffer, 0, n);
        content.update(buffer, 0, n);
        pacer.advance(n);
      }
    }
    HexFormat hex = HexFormat.of();
    return new Digests(hex.formatHex(whole.digest()), hex.formatHex(content.digest()));
  }

  private static byte[] contentHeader(byte[] header) {
    byte[] masked = header.clone();
    if (masked.length == 100) {
      java.util.Arrays.fill(masked, 24, 28, (byte) 0);
      java.util.Arrays.fill(masked, 40, 44, (byte) 0);
      java.util.Arrays.fill(masked, 92, 100, (byte) 0);
    }
    return masked;
  }

  /**
   * Copies {@code source} to {@code target} (which must not exist), forces it to disk and returns
   * the SHA-256 of the bytes written.
   */
  public static String copyDurably(Path source, Path target) throws IOException {
    return copyDurably(source, target, IoPacer.unlimited());
  }

  /** {@link #copyDurably(Path, Path)} at the pace {@code pacer} allows. */
  public static String copyDurably(Path source, Path target, IoPacer pacer) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
      DurableFiles.write(target, in, pacer);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
