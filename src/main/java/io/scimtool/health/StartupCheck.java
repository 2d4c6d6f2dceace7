package io.scimtool.health;

import io.scimtool.storage.StorageState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Startup;

/** UP once the database is restored (or started empty), verified and fully migrated. */
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
    storage
        .restoreRecord()
        .ifPresent(
            restore -> {
              response.withData("restore", restore.action().name());
              response.withData("restoreMessage", restore.message());
              response.withData("restoreDurationMs", restore.durationMs());
              response.withData("restoreFallbackUsed", restore.fallbackUsed());
              if (restore.integrity() != null) {
                response.withData("restoreIntegrity", restore.integrity());
              }
              if (restore.checksumMatch() != null) {
                response.withData("restoreChecksumMatch", restore.checksumMatch());
              }
            });
    return response.build();
  }
}
