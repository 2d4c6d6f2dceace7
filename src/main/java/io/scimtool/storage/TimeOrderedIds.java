package io.scimtool.storage;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered ids ({@code <epoch micros, 16 hex>-<counter, 6 hex>}) for the journal tables
 * (request log, activity): ordering by id is ordering by arrival, so lists page on the primary key.
 */
public final class TimeOrderedIds {
  private static final AtomicLong COUNTER = new AtomicLong();

  private TimeOrderedIds() {}

  public static String next(Instant at) {
    long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
    return String.format("%016x-%06x", micros, COUNTER.incrementAndGet() & 0xFFFFFF);
  }
}
