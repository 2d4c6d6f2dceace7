package io.scimtool.health;

import io.scimtool.storage.WriterWatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the write connection has been stuck for {@code WRITER_STUCK_SECONDS}: that state was
 * seen not to end by itself, and a restart ends it (the database is verified and, if need be,
 * restored before the application serves again).
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {
  private static final String NAME = "writer";

  @Inject WriterWatch writer;

  @Override
  public HealthCheckResponse call() {
    Optional<Duration> stuck = writer.stuckFor();
    if (stuck.isEmpty()) {
      return HealthCheckResponse.up(NAME);
    }
    return HealthCheckResponse.named(NAME)
        .down()
        .withData("stuckSeconds", stuck.get().toSeconds())
        .withData("consecutiveFailures", writer.consecutiveFailures())
        .withData("error", writer.lastError().orElse(""))
        .build();
  }
}
