package io.scimtool.health;

import io.scimtool.storage.ReadConnections;
import io.scimtool.storage.StorageState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when start-up finished and a real query on the users table succeeds now, on a read
 * connection: the data source has one connection, the writers', and a probe queued behind a long
 * write would report a busy replica as not ready.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  private static final String NAME = "database";
  private static final int QUERY_TIMEOUT_SECONDS = 5;

  @Inject ReadConnections reads;

  @Inject StorageState storage;

  @Override
  public HealthCheckResponse call() {
    if (!storage.isReady()) {
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("error", storage.failure().orElse("start-up has not finished"))
          .build();
    }
    try (ReadConnections.ReadConnection connection = reads.take()) {
      PreparedStatement query = connection.statement("SELECT id FROM scim_user LIMIT 1");
      query.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      query.executeQuery().close();
      return HealthCheckResponse.up(NAME);
    } catch (SQLException e) {
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("error", "query failed: " + e.getClass().getSimpleName())
          .build();
    }
  }
}
