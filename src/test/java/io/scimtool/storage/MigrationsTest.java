package io.scimtool.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The versioned migrations, applied by Flyway to a real SQLite file. */
class MigrationsTest {
  @TempDir Path dir;
  private SQLiteDataSource dataSource;

  @BeforeEach
  void migrate() {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:file:" + dir.resolve("scim.db"));
    Migrations.flyway(dataSource).migrate();
  }

  @Test
  void createsTheProductTables() throws SQLException {
    Set<String> tables = new HashSet<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    assertTrue(
        tables.containsAll(Set.of("scim_user", "scim_group", "scim_group_member", "activity")),
        tables.toString());
    assertFalse(tables.contains("request_log"), "the request log has a database file of its own");
  }

  @Test
  void isIdempotent() {
    assertEquals(0, Migrations.flyway(dataSource).migrate().migrationsExecuted);
  }

  @Test
  void userNameIsUniqueIgnoringCase() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(insertUser("1", "Alice@Example.com"));
      SQLException duplicate =
          assertThrows(
              SQLException.class, () -> s.executeUpdate(insertUser("2", "alice@example.COM")));
      assertTrue(Constraints.isUniqueViolation(duplicate), duplicate.getMessage());
    }
  }

  @Test
  void groupDisplayNameIsUniqueIgnoringCase() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(insertGroup("g1", "Finance"));
      SQLException duplicate =
          assertThrows(SQLException.class, () -> s.executeUpdate(insertGroup("g2", "FINANCE")));
      assertTrue(Constraints.isUniqueViolation(duplicate));
    }
  }

  /** V6 copies each member's current name onto the membership rows that existed before it. */
  @Test
  void membershipsFromBeforeV6GetTheirMembersNames() throws SQLException {
    SQLiteDataSource older = new SQLiteDataSource();
    older.setUrl("jdbc:sqlite:file:" + dir.resolve("v5.db"));
    Flyway.configure(Migrations.class.getClassLoader())
        .configuration(Migrations.flyway(older).getConfiguration())
        .target("5")
        .load()
        .migrate();
    try (Connection c = older.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(insertUser("u1", "alice@example.com"));
      s.executeUpdate("UPDATE scim_user SET display_name = 'Alice' WHERE id = 'u1'");
      s.executeUpdate(insertUser("u2", "bob@example.com"));
      s.executeUpdate(insertGroup("g1", "Finance"));
      s.executeUpdate(insertGroup("g2", "Payroll"));
      for (String[] m : new String[][] {{"u1", "User"}, {"u2", "User"}, {"g2", "Group"}}) {
        s.executeUpdate(
            "INSERT INTO scim_group_member (group_id, member_id, member_type, added) VALUES"
                + " ('g1', '"
                + m[0]
                + "', '"
                + m[1]
                + "', '2026-01-01T00:00:00.000Z')");
      }
    }
    Migrations.flyway(older).migrate();
    Map<String, String> names = new HashMap<>();
    try (Connection c = older.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT member_id, member_display FROM scim_group_member")) {
      while (rs.next()) {
        names.put(rs.getString(1), rs.getString(2));
      }
    }
    assertEquals(Map.of("u1", "Alice", "u2", "bob@example.com", "g2", "Payroll"), names);
  }

  @Test
  void deletingAGroupDeletesItsMemberships() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(insertGroup("g1", "Finance"));
      s.executeUpdate(
          "INSERT INTO scim_group_member (group_id, member_id, member_type, added)"
              + " VALUES ('g1', 'u1', 'User', '2026-01-01T00:00:00.000Z')");
      s.executeUpdate("DELETE FROM scim_group WHERE id = 'g1'");
      try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM scim_group_member")) {
        rs.next();
        assertEquals(0, rs.getInt(1));
      }
    }
  }

  @Test
  void otherConstraintFailuresAreNotUniqueness() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      SQLException orphan =
          assertThrows(
              SQLException.class,
              () ->
                  s.executeUpdate(
                      "INSERT INTO scim_group_member (group_id, member_id, member_type, added)"
                          + " VALUES ('missing', 'u1', 'User', 'x')"));
      assertFalse(Constraints.isUniqueViolation(orphan), orphan.getMessage());
    }
  }

  private static String insertUser(String id, String userName) {
    return "INSERT INTO scim_user (id, user_name, user_name_ci, active, resource_json, version,"
        + " created, last_modified) VALUES ('"
        + id
        + "', '"
        + userName
        + "', '"
        + userName.toLowerCase(java.util.Locale.ROOT)
        + "', TRUE, '{}', 1, 'c', 'm')";
  }

  private static String insertGroup(String id, String displayName) {
    return "INSERT INTO scim_group (id, display_name, display_name_ci, resource_json, version,"
        + " created, last_modified) VALUES ('"
        + id
        + "', '"
        + displayName
        + "', '"
        + displayName.toLowerCase(java.util.Locale.ROOT)
        + "', '{}', 1, 'c', 'm')";
  }
}
