package io.scimtool.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The settings a pooled connection really runs with, read back from the database rather than
 * trusted from configuration (a misspelt data source property is silently ignored).
 */
final class ConnectionSettings {
  private static final String[] SQLITE_PRAGMAS = {
    "journal_mode", "synchronous", "busy_timeout", "foreign_keys", "wal_autocheckpoint"
  };

  private ConnectionSettings() {}

  static Map<String, String> read(Connection connection) throws SQLException {
    Map<String, String> settings = new LinkedHashMap<>();
    String product = connection.getMetaData().getDatabaseProductName();
    settings.put("database", product + " " + connection.getMetaData().getDatabaseProductVersion());
    if ("SQLite".equalsIgnoreCase(product)) {
      try (Statement statement = connection.createStatement()) {
        for (String pragma : SQLITE_PRAGMAS) {
          try (ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
            settings.put(pragma, result.next() ? result.getString(1) : "?");
          }
        }
      }
    }
    return settings;
  }
}
