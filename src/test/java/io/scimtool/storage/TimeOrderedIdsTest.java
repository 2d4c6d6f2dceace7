package io.scimtool.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {
  @Test
  void idsAreEpochMicrosAndACounterInFixedWidthHex() {
    Instant at = Instant.parse("2026-12-01T20:15:30.123456789Z");
    String id = TimeOrderedIds.next(at);
    long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
    assertTrue(id.matches("[0-9a-f]{16}-[0-9a-f]{6}"), id);
    assertEquals(String.format("%016x", micros), id.substring(0, 16));
    assertEquals("0000000000000000", TimeOrderedIds.next(Instant.EPOCH).substring(0, 16));
  }

  @Test
  void laterIdsSortAfterEarlierOnes() {
    Instant at = Instant.parse("2026-12-01T20:15:30Z");
    String first = TimeOrderedIds.next(at);
    String sameMicrosecond = TimeOrderedIds.next(at);
    String later = TimeOrderedIds.next(at.plusNanos(1_000));
    assertTrue(first.compareTo(later) < 0);
    assertEquals(
        (Long.parseLong(first.substring(17), 16) + 1) & 0xFFFFFF,
        Long.parseLong(sameMicrosecond.substring(17), 16));
  }
}
