package io.scimtool.storage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the write connection can still start a transaction, as {@link WriterProbe} last found it.
 * Stuck means: the last two probes or more failed and none succeeded for {@code
 * WRITER_STUCK_SECONDS}. A replica in that state does not recover by itself (the pool's one
 * connection was seen lost for good, every write failing), so liveness reports it and the platform
 * restarts the process; writes wait in a queue far shorter than this.
 */
@ApplicationScoped
public class WriterWatch {
  private static final int FAILURES_BEFORE_STUCK = 2;

  @Inject
  @ConfigProperty(name = "writer.stuck.seconds")
  int stuckSeconds;

  private final Clock clock;
  private volatile Instant lastSuccess;
  private volatile int consecutiveFailures;
  private volatile String lastError;

  public WriterWatch() {
    this(Clock.systemUTC(), 120);
  }

  WriterWatch(Clock clock, int stuckSeconds) {
    this.clock = clock;
    this.stuckSeconds = stuckSeconds;
    this.lastSuccess = clock.instant(); // start-up counts as a success: it wrote the migrations
  }

  void succeeded() {
    lastSuccess = clock.instant();
    consecutiveFailures = 0;
  }

  void failed(String error) {
    consecutiveFailures++;
    lastError = error;
  }

  /** How long the writer has been stuck, when it is. */
  public Optional<Duration> stuckFor() {
    Duration since = Duration.between(lastSuccess, clock.instant());
    boolean stuck =
        consecutiveFailures >= FAILURES_BEFORE_STUCK
            && since.compareTo(Duration.ofSeconds(Math.max(30, stuckSeconds))) >= 0;
    return stuck ? Optional.of(since) : Optional.empty();
  }

  public int consecutiveFailures() {
    return consecutiveFailures;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }
}
