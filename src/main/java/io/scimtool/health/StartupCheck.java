package io.scimtool.health;

import io.scimtool.storage.StorageState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Startup;

/** UP once the database is in place and every migration is applied. */
@Startup
@ApplicationScoped
public class StartupCheck implements HealthCheck {
  @Inject StorageState storage;

  @Override
  public HealthCheckResponse call() {
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("database-migrations").status(storage.isReady());
    storage.schemaVersion().ifPresent(version -> response.withData("schemaVersion", version));
    storage.connectionSettings().forEach(response::withData);
    storage.failure().ifPresent(failure -> response.withData("error", failure));
    return response.build();
  }
}
