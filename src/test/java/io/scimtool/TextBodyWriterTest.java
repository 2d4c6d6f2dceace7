package io.scimtool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextBodyWriterTest {
  private static byte[] written(String text) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TextBodyWriter.write(text, StandardCharsets.UTF_8, out);
    return out.toByteArray();
  }

  @Test
  void aLongTextIsWrittenAsItsUtf8BytesWhereverTheSlicesEnd() throws Exception {
    StringBuilder text = new StringBuilder();
    // ASCII, Latin-1, three-byte and four-byte (surrogate pair) characters, shifted against the
    // slice boundaries so that some pair straddles one.
    String[] pieces = {"{\"display\":\"", "Zoë ", "Łukasz ", "名前 ", "\uD83D\uDE00", "\"}"};
    for (int i = 0; text.length() < 5 * TextBodyWriter.SLICE; i++) {
      text.append(pieces[i % pieces.length]).append("x".repeat(i % 7));
    }
    for (int shift = 0; shift < 4; shift++) {
      String shifted = "a".repeat(shift) + text;
      assertArrayEquals(shifted.getBytes(StandardCharsets.UTF_8), written(shifted));
    }
  }

  @Test
  void shortAndEmptyTextsToo() throws Exception {
    assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), written("{}"));
    assertArrayEquals(new byte[0], written(""));
  }
}
