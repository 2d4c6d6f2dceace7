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
    char[] id = new char[23];
    hex(id, 0, 16, micros);
    id[16] = '-';
    hex(id, 17, 6, COUNTER.incrementAndGet() & 0xFFFFFF);
    return new String(id); // String.format cost 2 % of a GET's CPU
  }

  /** {@code value} as {@code digits} zero-padded lower-case hex digits at {@code from}. */
  private static void hex(char[] into, int from, int digits, long value) {
    for (int i = from + digits - 1; i >= from; i--, value >>>= 4) {
      into[i] = Character.forDigit((int) (value & 0xF), 16);
    }
  }
}
