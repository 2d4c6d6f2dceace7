package io.scimtool.requestlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Request log configuration ({@code LOG_RETENTION_DAYS}, {@code LOG_MAX_ROWS} …). */
@ApplicationScoped
public class RequestLogSettings {
  @Inject
  @ConfigProperty(name = "log.retention.days")
  int retentionDays;

  @Inject
  @ConfigProperty(name = "log.max.rows")
  long maxRows;

  @Inject
  @ConfigProperty(name = "log.body.max.bytes")
  int bodyMaxBytes;

  @Inject
  @ConfigProperty(name = "log.queue.capacity")
  int queueCapacity;

  public Duration retention() {
    return Duration.ofDays(Math.max(1, retentionDays));
  }

  public long maxRows() {
    return Math.max(100, maxRows);
  }

  public int bodyMaxBytes() {
    return Math.max(1024, bodyMaxBytes);
  }

  public int queueCapacity() {
    return Math.max(100, queueCapacity);
  }
}
