package io.scimtool.oauth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The HS256 key that signs access tokens (RFC 7518 §3.2: at least 256 bits): configured as base64,
 * or generated once and kept in a file readable by the server's user only. Error messages name the
 * problem, never the key.
 */
final class SigningKey {
  static final int MIN_BYTES = 32;
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private SigningKey() {}

  /** A configured key: base64 (standard or URL-safe alphabet) of at least 32 bytes. */
  static byte[] decode(String base64) {
    String compact = base64.replaceAll("\\s", "");
    byte[] key;
    try {
      key =
          compact.indexOf('-') >= 0 || compact.indexOf('_') >= 0
              ? Base64.getUrlDecoder().decode(compact)
              : Base64.getDecoder().decode(compact);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the OAuth signing key is not valid base64");
    }
    if (key.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "the OAuth signing key must be at least " + MIN_BYTES + " bytes (256 bits)");
    }
    return key;
  }

  /**
   * The key kept in {@code file}; when there is none, a new random key is written there first
   * (through a temporary file with owner-only permissions, moved into place atomically).
   */
  static byte[] loadOrCreate(Path file) throws IOException {
    if (Files.exists(file)) {
      restrictPermissions(file);
      return decode(Files.readString(file, StandardCharsets.US_ASCII));
    }
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    byte[] key = new byte[MIN_BYTES];
    new SecureRandom().nextBytes(key);
    Path temp =
        posix()
            ? Files.createTempFile(
                directory, ".oauth-key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
            : Files.createTempFile(directory, ".oauth-key", ".tmp");
    try {
      Files.writeString(
          temp, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
    // Read back what is in place, should another process have written the file at the same time.
    return decode(Files.readString(file, StandardCharsets.US_ASCII));
  }

  private static void restrictPermissions(Path file) throws IOException {
    if (posix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
      Files.setPosixFilePermissions(file, OWNER_ONLY);
    }
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
