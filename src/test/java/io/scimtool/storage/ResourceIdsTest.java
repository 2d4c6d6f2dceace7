package io.scimtool.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResourceIdsTest {
  private static final Instant AT = Instant.parse("2026-12-02T05:10:00.123456789Z");

  @Test
  void idsAreVersion7UuidsCarryingTheirMillisecond() {
    UUID id = UUID.fromString(ResourceIds.next(AT));
    assertEquals(7, id.version());
    assertEquals(2, id.variant()); // RFC 9562 (IETF) variant
    assertEquals(AT.toEpochMilli(), id.getMostSignificantBits() >>> 16);
    assertEquals(456789 * 4096 / 1_000_000, id.getMostSignificantBits() & 0xFFF);
  }

  @Test
  void laterIdsSortAfterEarlierOnesAsText() {
    String first = ResourceIds.next(AT);
    String laterInTheSameMillisecond = ResourceIds.next(AT.plusNanos(300_000));
    String nextMillisecond = ResourceIds.next(AT.plusMillis(1));
    String nextYear = ResourceIds.next(AT.plusSeconds(366L * 24 * 3600));
    assertTrue(first.compareTo(laterInTheSameMillisecond) < 0);
    assertTrue(laterInTheSameMillisecond.compareTo(nextMillisecond) < 0);
    assertTrue(nextMillisecond.compareTo(nextYear) < 0);
  }

  @Test
  void idsOfTheSameInstantDiffer() {
    assertNotEquals(ResourceIds.next(AT), ResourceIds.next(AT));
  }
}
