package io.scimtool.storage.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimtool.storage.restore.Generation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetentionTest {
  private static final Instant NOW = Instant.parse("2026-11-27T12:30:00Z");

  private static Generation generation(long sequence, Instant created) {
    return new Generation(
        "g" + sequence, sequence, "sha", 1, created, created, "1", "t", Map.of(), "ok", "");
  }

  /** Generations every {@code step}, newest first, going back {@code span}. */
  private static List<Generation> every(Duration step, Duration span) {
    List<Generation> all = new ArrayList<>();
    long count = span.dividedBy(step);
    for (long i = 0; i < count; i++) {
      all.add(generation(count - i, NOW.minus(step.multipliedBy(i))));
    }
    return all;
  }

  private static List<Long> sequences(List<Generation> generations) {
    return generations.stream().map(Generation::sequence).toList();
  }

  @Test
  void keepsTheNewestCountWhenAllAreRecent() {
    List<Generation> all = every(Duration.ofSeconds(10), Duration.ofMinutes(5));
    List<Generation> kept = new Retention(12).apply(all, NOW);
    // 12 newest; all 30 fall into the same hour and day, whose newest is already kept.
    assertEquals(sequences(all.subList(0, 12)), sequences(kept));
  }

  @Test
  void keepsOnePerHourForADayAndOnePerDayForAWeek() {
    List<Generation> all = every(Duration.ofMinutes(20), Duration.ofDays(10));
    List<Generation> kept = new Retention(3).apply(all, NOW);
    long hourly =
        kept.stream().filter(g -> g.created().isAfter(NOW.minus(Duration.ofHours(24)))).count();
    long older =
        kept.stream().filter(g -> !g.created().isAfter(NOW.minus(Duration.ofHours(24)))).count();
    // 3 newest (all in the current hour) + the newest of each of the other 24 hour buckets that
    // start within the window; then one per day for the days beyond the hourly window.
    assertEquals(26, hourly);
    assertEquals(6, older);
    assertEquals(all.get(0), kept.get(0));
    assertEquals(
        0, kept.stream().filter(g -> g.created().isBefore(NOW.minus(Duration.ofDays(7)))).count());
  }

  @Test
  void alwaysKeepsTheNewestEvenWhenItIsOld() {
    List<Generation> all =
        List.of(
            generation(2, NOW.minus(Duration.ofDays(30))),
            generation(1, NOW.minus(Duration.ofDays(31))));
    assertEquals(List.of(2L), sequences(new Retention(1).apply(all, NOW)));
  }
}
