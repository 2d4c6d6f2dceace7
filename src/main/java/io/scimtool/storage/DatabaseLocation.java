package io.scimtool.storage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the live SQLite file is, derived from {@code DATABASE_URL} (the same value the Liberty data
 * source opens as {@code jdbc:sqlite:<DATABASE_URL>}). Accepts {@code file:/abs/path.db}, {@code
 * file:///abs/path.db}, {@code file:relative.db} and plain paths; URI query parameters are ignored
 * here.
 */
public record DatabaseLocation(Path file) {

  public static DatabaseLocation parse(String databaseUrl) {
    if (databaseUrl == null || databaseUrl.isBlank()) {
      throw new IllegalArgumentException("DATABASE_URL is empty");
    }
    String value = databaseUrl.strip();
    if (value.startsWith("jdbc:sqlite:")) {
      value = value.substring("jdbc:sqlite:".length());
    }
    if (value.startsWith("file:")) {
      value = value.substring("file:".length());
      int query = value.indexOf('?');
      if (query >= 0) {
        value = value.substring(0, query);
      }
      if (value.startsWith("//")) {
        // file://host/path: only an empty or local authority makes sense for a local file.
        int pathStart = value.indexOf('/', 2);
        value = pathStart < 0 ? "" : value.substring(pathStart);
      }
    }
    if (value.isEmpty() || value.equals(":memory:") || value.startsWith("memdb")) {
      throw new IllegalArgumentException("DATABASE_URL must name a file: " + databaseUrl);
    }
    return new DatabaseLocation(Path.of(value).toAbsolutePath().normalize());
  }

  /**
   * A file beside the database named after it: {@code scim.db} with {@code "-requestlog.db"} is
   * {@code scim-requestlog.db} (the extension, if any, is replaced).
   */
  public Path sibling(String suffix) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
  }

  public Optional<Path> directory() {
    return Optional.ofNullable(file.getParent());
  }
}
