package io.scimtool;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many SCIM requests run at once ({@code SCIM_MAX_CONCURRENT_REQUESTS}, 0 = two per core) and
 * how long one may wait for its turn ({@code SCIM_QUEUE_TIMEOUT_SECONDS}).
 */
@ApplicationScoped
public class ConcurrencySettings {
  @Inject
  @ConfigProperty(name = "scim.max.concurrent.requests")
  int maxConcurrentRequests;

  @Inject
  @ConfigProperty(name = "scim.queue.timeout.seconds")
  int queueTimeoutSeconds;

  public int maxConcurrentRequests() {
    return maxConcurrentRequests > 0
        ? maxConcurrentRequests
        : 2 * Runtime.getRuntime().availableProcessors();
  }

  public Duration queueTimeout() {
    return Duration.ofSeconds(Math.max(1, queueTimeoutSeconds));
  }
}
