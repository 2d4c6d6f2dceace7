package io.scimtool.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseLocationTest {

  @ParameterizedTest
  @CsvSource({
    "file:/app/local-data/scim.db, /app/local-data/scim-requestlog.db",
    "file:/x/data, /x/data-requestlog.db",
    "file:/x/.hidden, /x/.hidden-requestlog.db",
    "file:/x/a.b.sqlite, /x/a.b-requestlog.db"
  })
  void siblingsAreNamedAfterTheDatabase(String url, String expected) {
    assertEquals(Path.of(expected), DatabaseLocation.parse(url).sibling("-requestlog.db"));
  }

  @ParameterizedTest
  @CsvSource({
    "file:/app/local-data/scim.db, /app/local-data/scim.db",
    "file:///app/local-data/scim.db, /app/local-data/scim.db",
    "file://localhost/app/scim.db, /app/scim.db",
    "file:/app/scim.db?mode=rwc, /app/scim.db",
    "/var/lib/scim/scim.db, /var/lib/scim/scim.db",
    "jdbc:sqlite:file:/x/y.db, /x/y.db",
    "file:/a/b/../c.db, /a/c.db"
  })
  void findsTheFile(String url, String expected) {
    assertEquals(Path.of(expected), DatabaseLocation.parse(url).file());
  }

  @ParameterizedTest
  @CsvSource({"file:data/scim.db, data/scim.db", "scim.db, scim.db"})
  void resolvesRelativePathsAgainstTheWorkingDirectory(String url, String relative) {
    assertEquals(Path.of(relative).toAbsolutePath(), DatabaseLocation.parse(url).file());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", ":memory:", "file::memory:", "file:"})
  void refusesWhatIsNotAFile(String url) {
    assertThrows(IllegalArgumentException.class, () -> DatabaseLocation.parse(url));
  }

  @org.junit.jupiter.api.Test
  void directoryIsTheParent() {
    assertEquals(
        Path.of("/app/local-data"),
        DatabaseLocation.parse("file:/app/local-data/scim.db").directory().orElseThrow());
  }
}
