package io.scimtool.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimtool.support.NoMetrics;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * Retention of a journal table on a real SQLite file (by age, then by row count, in chunks), and
 * what a failed batch write does.
 */
class JournalTest {
  @TempDir Path dir;

  private SQLiteDataSource dataSource;
  private Journal<String> journal;

  @BeforeEach
  void setUp() throws SQLException {
    dataSource = new SQLiteDataSource();
    dataSource.setUrl("jdbc:sqlite:" + dir.resolve("journal.db"));
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE journal (id VARCHAR(64) PRIMARY KEY, at VARCHAR(32) NOT NULL)");
    }
    journal =
        new Journal<>("journal", "at") {
          @Override
          protected String insertSql() {
            return "INSERT INTO journal (id, at) VALUES (?, ?)";
          }

          @Override
          protected void bind(PreparedStatement insert, String row) {
            throw new UnsupportedOperationException();
          }
        };
    journal.dataSource = dataSource;
    journal.settings = new JournalSettings();
    journal.settings.retentionDays = 1;
    journal.settings.maxRows = 100;
  }

  private void insert(int count, Instant at) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement("INSERT INTO journal VALUES (?, ?)")) {
      c.setAutoCommit(false);
      for (int i = 0; i < count; i++) {
        insert.setString(1, TimeOrderedIds.next(at));
        insert.setString(2, InstantTextConverter.text(at));
        insert.addBatch();
      }
      insert.executeBatch();
      c.commit();
    }
  }

  private long count(String where) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM journal " + where)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void prunesOldRowsThenTheOldestBeyondTheLimitAcrossSeveralChunks() throws SQLException {
    Instant now = Instant.now();
    insert(2_500, now.minus(Duration.ofDays(2)));
    insert(4_600, now.minusSeconds(60));
    insert(50, now);

    assertEquals(2_500 + 4_550, journal.prune());

    assertEquals(100, count(""));
    assertEquals(50, count("WHERE at = '" + InstantTextConverter.text(now) + "'"));
    assertEquals(0, journal.prune(), "nothing more to do");
  }

  /**
   * Rows written faster than the ten-minute prune keep the table near its limit: draining prunes
   * once a tenth of the limit (at least a chunk) was written since the last prune.
   */
  @Test
  void drainingPrunesOnceEnoughRowsWereWritten() throws SQLException {
    Journal<String> bound = boundJournal(dataSource);

    for (int i = 0; i < Journal.PRUNE_CHUNK - 1; i++) {
      bound.submit(TimeOrderedIds.next(Instant.now()));
    }
    bound.drain();
    assertEquals(Journal.PRUNE_CHUNK - 1, count(""), "below a chunk: not pruned yet");

    // Several chunks over the limit: pruning deletes chunk after chunk until it is reached.
    for (int i = 0; i < 4 * Journal.PRUNE_CHUNK; i++) {
      bound.submit(TimeOrderedIds.next(Instant.now()));
    }
    bound.drain();
    assertEquals(100, count(""), "pruned to the limit, newest kept");
  }

  @Test
  void aBatchTheDatabaseCouldNotTakeYetIsWrittenAtTheNextDrain() throws SQLException {
    Journal<String> bound =
        boundJournal(
            failingFirst(
                new SQLTransientConnectionException("J2CA0045E: Connection not available")));
    for (int i = 0; i < 3; i++) {
      bound.submit(TimeOrderedIds.next(Instant.now()));
    }

    bound.drain();
    assertEquals(0, count(""), "no connection: nothing written");
    assertEquals(3, bound.pending(), "the batch is kept, not dropped");

    bound.submit(TimeOrderedIds.next(Instant.now()));
    bound.drain();
    assertEquals(4, count(""), "the kept batch and the row queued after it");
    assertEquals(0, bound.pending());
  }

  @Test
  void aBatchThatFailsForAnotherReasonIsDroppedAndNotTriedAgain() throws SQLException {
    Journal<String> bound = boundJournal(failingFirst(new SQLException("disk I/O error")));
    bound.submit(TimeOrderedIds.next(Instant.now()));
    bound.drain();
    assertEquals(0, bound.pending(), "dropped");

    bound.submit(TimeOrderedIds.next(Instant.now()));
    bound.drain();
    assertEquals(1, count(""), "only the row queued after the failure");
  }

  /** A journal of this test's table that binds each row as its id. */
  private Journal<String> boundJournal(DataSource source) {
    Journal<String> bound =
        new Journal<>("journal", "at") {
          @Override
          protected String insertSql() {
            return "INSERT INTO journal (id, at) VALUES (?, ?)";
          }

          @Override
          protected void bind(PreparedStatement insert, String row) throws SQLException {
            insert.setString(1, row);
            insert.setString(2, InstantTextConverter.text(Instant.now()));
          }
        };
    bound.dataSource = source;
    bound.settings = journal.settings;
    bound.settings.queueCapacity = 10_000;
    bound.metrics = NoMetrics.registry();
    bound.start();
    return bound;
  }

  /**
   * This test's database, except that the first connection asked for fails with {@code failure}.
   */
  private DataSource failingFirst(SQLException failure) {
    AtomicBoolean failed = new AtomicBoolean();
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection") && !failed.getAndSet(true)) {
                throw failure;
              }
              try {
                return method.invoke(dataSource, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
