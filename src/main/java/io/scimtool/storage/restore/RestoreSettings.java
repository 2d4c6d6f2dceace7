package io.scimtool.storage.restore;

import io.scimtool.storage.DatabaseLocation;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What a restore needs to know: where the live database belongs (local disk), where backups are
 * published ({@code BACKUP_DIR}, absent when backups are off), and whether starting empty is
 * allowed when backups exist but none is valid ({@code RESTORE_ALLOW_EMPTY}).
 */
public record RestoreSettings(
    Path databaseFile, Optional<Path> backupDirectory, boolean allowEmpty) {

  /** Reads the same environment variables the server reads. */
  public static RestoreSettings from(UnaryOperator<String> environment) {
    String databaseUrl = environment.apply("DATABASE_URL");
    if (databaseUrl == null || databaseUrl.isBlank()) {
      throw new IllegalArgumentException("DATABASE_URL is not set");
    }
    return new RestoreSettings(
        DatabaseLocation.parse(databaseUrl).file(),
        backupDirectory(environment.apply("BACKUP_DIR")),
        Boolean.parseBoolean(environment.apply("RESTORE_ALLOW_EMPTY")));
  }

  public static Optional<Path> backupDirectory(String value) {
    return value == null || value.isBlank()
        ? Optional.empty()
        : Optional.of(Path.of(value.strip()).toAbsolutePath().normalize());
  }

  /** Where the outcome of the last restore is recorded, beside the database. */
  public Path recordFile() {
    return databaseFile.resolveSibling(databaseFile.getFileName() + ".restore.json");
  }
}
