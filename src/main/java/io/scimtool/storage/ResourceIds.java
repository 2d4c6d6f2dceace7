package io.scimtool.storage;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Server-assigned resource ids (RFC 7643 §3.1: unique, stable, never reassigned) as version 7 UUIDs
 * (RFC 9562 §5.7): the Unix time in milliseconds first, then a 12-bit fraction of the millisecond
 * (§6.2, method 3) and 62 random bits. New ids sort after older ones, so the indexes led by the id
 * (the primary key, the member-name index, the value index by user) grow at their right edge: a
 * random UUID put each create on a different leaf page of each, and every such page was another 4
 * KB in the WAL and another random write when checkpointed.
 */
public final class ResourceIds {
  private ResourceIds() {}

  public static String next() {
    return next(Instant.now());
  }

  static String next(Instant at) {
    long millis = at.toEpochMilli();
    long fraction = (at.getNano() % 1_000_000) * 4096L / 1_000_000; // 12 bits
    long high = (millis << 16) | 0x7000L | fraction;
    long low = (ThreadLocalRandom.current().nextLong() >>> 2) | 0x8000_0000_0000_0000L;
    return new UUID(high, low).toString();
  }
}
