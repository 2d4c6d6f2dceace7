package io.scimtool.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantTextConverterTest {
  private final InstantTextConverter converter = new InstantTextConverter();

  @Test
  void writesFixedWidthUtcText() {
    assertEquals(
        "2026-01-02T03:04:05.000Z",
        converter.convertToDatabaseColumn(Instant.parse("2026-01-02T03:04:05Z")));
    assertEquals(
        "2026-01-02T03:04:05.678Z",
        converter.convertToDatabaseColumn(Instant.parse("2026-01-02T03:04:05.678901Z")));
  }

  @Test
  void textOrderIsTimeOrder() {
    String earlier = converter.convertToDatabaseColumn(Instant.parse("2026-01-02T03:04:05.9Z"));
    String later = converter.convertToDatabaseColumn(Instant.parse("2026-01-02T03:04:06Z"));
    assertTrue(earlier.compareTo(later) < 0);
  }

  @Test
  void roundTripsAtMillisecondPrecision() {
    Instant instant = Instant.parse("2026-11-27T18:33:35.123Z");
    assertEquals(
        instant, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)));
  }

  @Test
  void keepsNull() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }
}
