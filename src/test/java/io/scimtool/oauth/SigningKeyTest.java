package io.scimtool.oauth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {
  @TempDir Path dir;

  @Test
  void aGeneratedKeyIsKeptOwnerOnlyAndReused() throws Exception {
    Path file = dir.resolve("data/oauth-signing.key");
    byte[] first = SigningKey.loadOrCreate(file);
    assertEquals(32, first.length);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertArrayEquals(first, SigningKey.loadOrCreate(file), "the same key after a restart");
    try (var files = Files.list(file.getParent())) {
      assertEquals(1, files.count(), "no temporary file left behind");
    }
  }

  @Test
  void anExistingKeyFileIsTightenedToOwnerOnly() throws Exception {
    Path file = dir.resolve("oauth-signing.key");
    byte[] key = new byte[48];
    key[3] = 7;
    Files.writeString(file, Base64.getEncoder().encodeToString(key));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertArrayEquals(key, SigningKey.loadOrCreate(file));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void aConfiguredKeyIsBase64OfAtLeast256Bits() {
    byte[] key = new byte[32];
    key[0] = 1;
    assertArrayEquals(key, SigningKey.decode(Base64.getEncoder().encodeToString(key)));
    assertArrayEquals(key, SigningKey.decode(Base64.getUrlEncoder().encodeToString(key)));
    String shortKey = Base64.getEncoder().encodeToString(new byte[31]);
    IllegalArgumentException tooShort =
        assertThrows(IllegalArgumentException.class, () -> SigningKey.decode(shortKey));
    assertFalse(tooShort.getMessage().contains(shortKey), "the message never shows the key");
    assertThrows(IllegalArgumentException.class, () -> SigningKey.decode("not base64 !"));
  }
}
