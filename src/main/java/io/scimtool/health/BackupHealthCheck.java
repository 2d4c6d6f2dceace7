package io.scimtool.health;

import io.scimtool.storage.backup.BackupService;
import io.scimtool.storage.backup.BackupState;
import io.scimtool.storage.backup.BackupStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Backup health, reported without taking the application out of service: a failing share must not
 * stop SCIM (the live database is local). The check stays UP; {@code healthy}, the state, the
 * failure count and the RPO say how backups are doing, and the metrics carry the same for alerts.
 */
@Readiness
@ApplicationScoped
public class BackupHealthCheck implements HealthCheck {
  @Inject BackupService backups;

  @Override
  public HealthCheckResponse call() {
    BackupStatus status = backups.status();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("backup")
            .up()
            .withData("state", status.state().name())
            .withData(
                "healthy",
                status.state() != BackupState.FAILING && status.state() != BackupState.BLOCKED)
            .withData("consecutiveFailures", status.consecutiveFailures())
            .withData("rpoSeconds", status.rpoSeconds());
    if (status.generation() != null) {
      response.withData("generation", status.generation());
    }
    if (status.lastBackupTime() != null) {
      response.withData("lastBackupTime", status.lastBackupTime().toString());
    }
    if (status.lastError() != null) {
      response.withData("lastError", status.lastError());
    }
    return response.build();
  }
}
