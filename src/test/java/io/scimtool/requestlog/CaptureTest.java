package io.scimtool.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the request log keeps of a body: all of it up to the cap, then a prefix and a flag. */
class CaptureTest {
  @Test
  void aShortTextIsKeptWhole() {
    Capture.Sink sink = new Capture.Sink(30);
    sink.write("{\"a\":1}");
    assertEquals("{\"a\":1}", sink.text());
    assertFalse(sink.truncated());
  }

  @Test
  void aTextWithinTheCapInBytesIsKeptWhole() {
    Capture.Sink sink = new Capture.Sink(12);
    sink.write("abcdefghij");
    assertEquals("abcdefghij", sink.text());
    assertFalse(sink.truncated());
  }

  @Test
  void aLongTextIsCutAtTheCapInBytes() {
    Capture.Sink sink = new Capture.Sink(8);
    sink.write("x".repeat(1_000_000));
    assertEquals("x".repeat(8), sink.text());
    assertTrue(sink.truncated());
  }

  @Test
  void multiByteTextIsCutAtTheCapInBytesNotCharacters() {
    Capture.Sink sink = new Capture.Sink(9);
    sink.write("ééééééééééé"); // 2 bytes each
    assertTrue(sink.text().getBytes(StandardCharsets.UTF_8).length <= 9);
    assertTrue(sink.text().startsWith("éééé"));
    assertTrue(sink.truncated());
  }

  @Test
  void textAfterBytesFillsOnlyTheRoomLeft() {
    Capture.Sink sink = new Capture.Sink(6);
    sink.write(new byte[] {'a', 'b', 'c', 'd'}, 0, 4);
    sink.write("efgh");
    assertEquals("abcdef", sink.text());
    assertTrue(sink.truncated());
  }
}
