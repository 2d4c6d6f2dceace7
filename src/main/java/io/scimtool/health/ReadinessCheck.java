package io.scimtool.health;

import io.scimtool.storage.StorageState;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when start-up finished and a real query on the users table succeeds now. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {
  private static final String NAME = "database";
  private static final int QUERY_TIMEOUT_SECONDS = 5;

  @Resource(lookup = "jdbc/scim")
  DataSource dataSource;

  @Inject StorageState storage;

  @Override
  public HealthCheckResponse call() {
    if (!storage.isReady()) {
      return HealthCheckResponse.named(NAME)
          .down()
          .withData("error", storage.failure().orElse("start-up has not finished"))
          .build();
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement("SELECT id FROM scim_user LIMIT 1")) {
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
