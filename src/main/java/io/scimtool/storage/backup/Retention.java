package io.scimtool.storage.backup;

import io.scimtool.storage.restore.Generation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which generations to keep: the newest {@code keep}, plus the newest of each hour for the last 24
 * hours and the newest of each day for the last 7 days. The newest generation is always kept.
 */
public record Retention(int keep) {
  private static final Duration HOURLY_WINDOW = Duration.ofHours(24);
  private static final Duration DAILY_WINDOW = Duration.ofDays(7);

  /** The generations to keep, newest first; {@code generations} must be newest first. */
  public List<Generation> apply(List<Generation> generations, Instant now) {
    Set<Generation> kept = new LinkedHashSet<>();
    Set<Instant> hours = new HashSet<>();
    Set<Instant> days = new HashSet<>();
    for (int i = 0; i < generations.size(); i++) {
      Generation generation = generations.get(i);
      Instant created = generation.created();
      if (i < Math.max(1, keep)) {
        kept.add(generation);
      }
      if (created.isAfter(now.minus(HOURLY_WINDOW))
          && hours.add(created.truncatedTo(ChronoUnit.HOURS))) {
        kept.add(generation);
      }
      if (created.isAfter(now.minus(DAILY_WINDOW))
          && days.add(created.truncatedTo(ChronoUnit.DAYS))) {
        kept.add(generation);
      }
    }
    return generations.stream().filter(kept::contains).toList();
  }
}
