package io.scimtool.storage.query;

import io.scimtool.storage.Migrations;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** A migrated SQLite database in a temporary directory, queried with plain JDBC. */
final class SqliteFixture {
  final SQLiteDataSource dataSource;

  SqliteFixture(Path dir) {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:file:" + dir.resolve("scim.db"));
    Migrations.flyway(dataSource).migrate();
  }

  void update(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, java.util.Arrays.asList(parameters));
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  Set<String> ids(String sql, List<Object> parameters) {
    Set<String> ids = new TreeSet<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      bind(statement, parameters);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " " + parameters, e);
    }
    return ids;
  }

  private static void bind(PreparedStatement statement, List<Object> parameters)
      throws SQLException {
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
  }
}
