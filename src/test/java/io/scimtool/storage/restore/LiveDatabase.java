package io.scimtool.storage.restore;

import io.scimtool.storage.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A migrated SQLite database in WAL mode, configured like the live one, with helpers to add and
 * count users. Test support shared by the restore and backup tests.
 */
public final class LiveDatabase implements AutoCloseable {
  public final Path file;
  private final Connection connection;

  public LiveDatabase(Path file) throws SQLException {
    this.file = file;
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.enforceForeignKeys(true);
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file);
    Migrations.flyway(dataSource).migrate();
    connection = dataSource.getConnection();
  }

  /** Stops SQLite from moving WAL content into the main file, as a busy database would. */
  public LiveDatabase withoutCheckpoints() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("PRAGMA wal_autocheckpoint = 0");
    }
    return this;
  }

  public void addUsers(String prefix, int count) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO scim_user (id, user_name, user_name_ci, resource_json, version, created,"
                + " last_modified) VALUES (?, ?, ?, '{}', 1, '2026-01-01T00:00:00.000000000Z',"
                + " '2026-01-01T00:00:00.000000000Z')")) {
      for (int i = 0; i < count; i++) {
        String name = prefix + "-" + i;
        insert.setString(1, name);
        insert.setString(2, name);
        insert.setString(3, name.toLowerCase());
        insert.executeUpdate();
      }
    }
  }

  public long users() throws SQLException {
    return countUsers(connection);
  }

  public static long countUsers(Path file) throws SQLException {
    try (Connection c = SqliteFiles.open(file, true)) {
      return countUsers(c);
    }
  }

  private static long countUsers(Connection c) throws SQLException {
    try (Statement statement = c.createStatement();
        ResultSet result = statement.executeQuery("SELECT count(*) FROM scim_user")) {
      result.next();
      return result.getLong(1);
    }
  }

  public Connection connection() {
    return connection;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
