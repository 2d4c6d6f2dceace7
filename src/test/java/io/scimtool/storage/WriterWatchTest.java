package io.scimtool.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WriterWatchTest {
  /** A clock the test moves. */
  private static final class Hands extends Clock {
    Instant now = Instant.parse("2026-12-06T00:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    void advance(int seconds) {
      now = now.plusSeconds(seconds);
    }
  }

  private final Hands clock = new Hands();
  private final WriterWatch watch = new WriterWatch(clock, 120);

  @Test
  void stuckOnlyAfterFailuresSpanningTheWholePeriod() {
    clock.advance(100);
    watch.failed("ConnectionWaitTimeoutException");
    watch.failed("ConnectionWaitTimeoutException");
    assertEquals(Optional.empty(), watch.stuckFor(), "100 s since start-up: not yet");
    clock.advance(20);
    assertEquals(Optional.of(Duration.ofSeconds(120)), watch.stuckFor());
    assertEquals(Optional.of("ConnectionWaitTimeoutException"), watch.lastError());
  }

  @Test
  void oneFailureIsNotStuckHoweverLongAgoTheLastSuccess() {
    clock.advance(600);
    watch.failed("SQLiteException");
    assertEquals(Optional.empty(), watch.stuckFor());
    watch.failed("SQLiteException");
    assertTrue(watch.stuckFor().isPresent());
  }

  @Test
  void aSuccessEndsIt() {
    clock.advance(300);
    watch.failed("SQLiteException");
    watch.failed("SQLiteException");
    assertTrue(watch.stuckFor().isPresent());
    watch.succeeded();
    assertEquals(Optional.empty(), watch.stuckFor());
    assertEquals(0, watch.consecutiveFailures());
    watch.failed("SQLiteException");
    watch.failed("SQLiteException");
    clock.advance(119);
    assertEquals(Optional.empty(), watch.stuckFor(), "counted from the last success");
  }

  @Test
  void thePeriodIsAtLeastThirtySeconds() {
    WriterWatch impatient = new WriterWatch(clock, 1);
    impatient.failed("x");
    impatient.failed("x");
    clock.advance(29);
    assertEquals(Optional.empty(), impatient.stuckFor());
    clock.advance(1);
    assertTrue(impatient.stuckFor().isPresent());
  }
}
