package io.scimtool.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long journal tables (request log, activity) keep rows and how many rows may wait to be
 * written: {@code LOG_RETENTION_DAYS}, {@code LOG_MAX_ROWS}, {@code LOG_QUEUE_CAPACITY}.
 */
@ApplicationScoped
public class JournalSettings {
  @Inject
  @ConfigProperty(name = "log.retention.days")
  int retentionDays;

  @Inject
  @ConfigProperty(name = "log.max.rows")
  long maxRows;

  @Inject
  @ConfigProperty(name = "log.queue.capacity")
  int queueCapacity;

  /** Settings as these values would configure them (for journals made outside CDI). */
  public static JournalSettings of(int retentionDays, long maxRows, int queueCapacity) {
    JournalSettings settings = new JournalSettings();
    settings.retentionDays = retentionDays;
    settings.maxRows = maxRows;
    settings.queueCapacity = queueCapacity;
    return settings;
  }

  public Duration retention() {
    return Duration.ofDays(Math.max(1, retentionDays));
  }

  public long maxRows() {
    return Math.max(100, maxRows);
  }

  public int queueCapacity() {
    return Math.max(100, queueCapacity);
  }
}
