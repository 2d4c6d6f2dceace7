package io.scimtool.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read pool on a real SQLite file: reuse, statement caching, bounded size, read-only. */
class ReadConnectionsTest {
  @TempDir Path dir;
  private ReadConnections pool;

  @BeforeEach
  void setUp() throws SQLException {
    Path file = dir.resolve("scim.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("CREATE TABLE t (v INTEGER)");
      s.execute("INSERT INTO t VALUES (42)");
    }
    pool = new ReadConnections();
    pool.databaseUrl = "file:" + file;
    pool.busyTimeoutMs = 200;
    pool.poolSize = 2;
    pool.start();
  }

  @Test
  void connectionsAndTheirStatementsAreReused() throws SQLException {
    ReadConnections.ReadConnection first = pool.take();
    PreparedStatement statement = first.statement("SELECT v FROM t");
    assertEquals(42, value(statement));
    first.close();

    ReadConnections.ReadConnection again = pool.take();
    assertSame(first, again);
    assertSame(statement, again.statement("SELECT v FROM t"));
    assertEquals(42, value(again.statement("SELECT v FROM t")));
    again.close();
  }

  @Test
  void aReaderWaitsWhenAllConnectionsAreInUseAndGivesUpAfterTheBusyTimeout() throws SQLException {
    ReadConnections.ReadConnection a = pool.take();
    ReadConnections.ReadConnection b = pool.take();
    long started = System.nanoTime();
    assertThrows(SQLException.class, pool::take);
    assertTrue(System.nanoTime() - started >= 150_000_000L, "waited for the busy timeout");
    b.close();
    assertSame(b, pool.take(), "a connection given back serves the next reader");
    a.close();
  }

  @Test
  void connectionsAreReadOnly() throws SQLException {
    try (ReadConnections.ReadConnection c = pool.take()) {
      assertThrows(SQLException.class, () -> c.statement("INSERT INTO t VALUES (1)").execute());
    }
  }

  private static long value(PreparedStatement statement) throws SQLException {
    try (ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getLong(1);
    }
  }
}
