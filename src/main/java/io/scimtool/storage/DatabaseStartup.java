package io.scimtool.storage;

import io.scimtool.storage.backup.BackupSettings;
import io.scimtool.storage.restore.RestoreRecord;
import io.scimtool.storage.restore.Restorer;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Prepares the database before the application serves: restores and verifies the local SQLite file
 * (see {@link Restorer}) before anything opens it, then applies the versioned migrations. A failed
 * restore fails closed: the database is never opened, so nothing empty can be published.
 */
@ApplicationScoped
public class DatabaseStartup {
  private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

  @Resource(lookup = "jdbc/scim")
  DataSource dataSource;

  @Inject
  @ConfigProperty(name = "DATABASE_URL")
  String databaseUrl;

  @Inject StorageState state;
  @Inject BackupSettings backupSettings;

  private WalCheckpointer checkpointer;

  public void start() {
    long started = System.nanoTime();
    try {
      DatabaseLocation location = DatabaseLocation.parse(databaseUrl);
      if (location.directory().isPresent()) {
        Files.createDirectories(location.directory().get());
      }
      RestoreRecord restore =
          new Restorer(
                  backupSettings.restoreSettings(),
                  Restorer.Performer.APPLICATION_STARTUP,
                  Clock.systemUTC())
              .run();
      state.recordRestore(restore);
      if (!restore.action().allowsStart()) {
        state.markFailed("Restore failed: " + restore.message());
        LOG.severe("Restore failed; the service stays unavailable: " + restore.message());
        return;
      }
      Flyway flyway = Migrations.flyway(dataSource);
      MigrateResult result = flyway.migrate();
      MigrationInfo current = flyway.info().current();
      String version = current == null ? "none" : current.getVersion().getVersion();
      Map<String, String> settings;
      try (Connection connection = dataSource.getConnection()) {
        settings = ConnectionSettings.read(connection);
      }
      if ("wal".equalsIgnoreCase(settings.get("journal_mode"))) {
        checkpointer = WalCheckpointer.start(location.file());
      }
      state.markReady(version, settings);
      LOG.info(
          String.format(
              "Database %s ready at schema version %s (%d migrations applied) in %d ms; %s",
              location.file(),
              version,
              result.migrationsExecuted,
              (System.nanoTime() - started) / 1_000_000,
              settings));
    } catch (IOException | SQLException | RuntimeException e) {
      state.markFailed("Database start-up failed: " + e.getMessage());
      LOG.log(Level.SEVERE, "Database start-up failed; the service stays unavailable", e);
    }
  }

  @PreDestroy
  void stop() {
    if (checkpointer != null) {
      checkpointer.close();
    }
  }
}
