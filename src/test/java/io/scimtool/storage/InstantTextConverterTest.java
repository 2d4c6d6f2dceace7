package io.scimtool.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-11-27T18:33:35.123Z",
        "1970-01-01T00:00:00.000Z",
        "2024-02-29T23:59:59.999Z",
        "1969-12-31T23:59:59.001Z",
        "9999-12-31T23:59:59.999Z",
        // other ISO-8601 forms go to Instant.parse
        "2026-11-27T18:33:35Z",
        "2026-11-27T18:33:35.123456Z",
      })
  void readsTheStoredFormAsInstantParseDoes(String text) {
    assertEquals(Instant.parse(text), InstantTextConverter.parse(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-02-30T00:00:00.000Z",
        "2026-13-01T00:00:00.000Z",
        "2026-1x-01T00:00:00.000Z"
      })
  void refusesWhatInstantParseRefuses(String text) {
    assertThrows(DateTimeParseException.class, () -> InstantTextConverter.parse(text));
  }

  /** The hand-written text form agrees with the formatter it replaced, at every field's edges. */
  @Test
  void writesWhatTheIsoFormatterWrites() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    java.util.List<Instant> instants =
        new java.util.ArrayList<>(
            java.util.List.of(
                Instant.EPOCH,
                Instant.parse("1969-12-31T23:59:59.999Z"),
                Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("2024-02-29T12:00:00.5Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z")));
    for (int i = 0; i < 10_000; i++) {
      instants.add(
          Instant.ofEpochSecond(
              random.nextLong(-62_135_596_800L, 253_402_300_800L), random.nextInt(1_000_000_000)));
    }
    for (Instant instant : instants) {
      assertEquals(
          InstantTextConverter.FORMAT.format(instant),
          InstantTextConverter.text(instant),
          instant.toString());
    }
  }

  @Test
  void keepsNull() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }
}
