package io.scimtool.requestlog;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-ordered ids ({@code <epoch micros, 16 hex>-<counter, 6 hex>}), so that ordering by id is
 * ordering by arrival, as the request_log table's comment promises.
 */
final class RequestLogIds {
  private static final AtomicLong COUNTER = new AtomicLong();

  private RequestLogIds() {}

  static String next(Instant at) {
    long micros = at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000;
    return String.format("%016x-%06x", micros, COUNTER.incrementAndGet() & 0xFFFFFF);
  }
}
