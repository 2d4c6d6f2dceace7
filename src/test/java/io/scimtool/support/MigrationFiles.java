package io.scimtool.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about the committed migrations, so tests follow new ones without edits. */
public final class MigrationFiles {
  private MigrationFiles() {}

  /** The highest version among the migration files (V<n>__*.sql), as Flyway reports it. */
  public static String latestVersion() {
    try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.matches("V\\d+__.*\\.sql"))
          .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
          .max(Integer::compare)
          .map(String::valueOf)
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
