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
   * SHA-256 of a SQLite file's content: the header fields SQLite bumps without any change of data
   * (file change counter, schema cookie, version-valid-for, library version) count as zero, so two
   * snapshots of the same data compare equal even after a restore and a {@code VACUUM}.
   */
  public static String contentSha256(Path file) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] header = in.readNBytes(100);
      if (header.length == 100) {
        java.util.Arrays.fill(header, 24, 28, (byte) 0);
        java.util.Arrays.fill(header, 40, 44, (byte) 0);
        java.util.Arrays.fill(header, 92, 100, (byte) 0);
      }
      digest.update(header);
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Copies {@code source} to {@code target} (which must not exist), forces it to disk and returns
   * the SHA-256 of the bytes written.
   */
  public static String copyDurably(Path source, Path target) throws IOException {
    MessageDigest digest = newDigest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(source), digest)) {
      DurableFiles.write(target, in);
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
