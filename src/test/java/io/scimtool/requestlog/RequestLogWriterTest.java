package io.scimtool.requestlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.storage.JournalSettings;
import io.scimtool.storage.ListPage;
import io.scimtool.support.NoMetrics;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The request log's own database file: ids, retention by count and age, clearing, filters. */
class RequestLogWriterTest {
  @TempDir Path dir;

  private RequestLogDatabase database;
  private RequestLogWriter writer;
  private RequestLogRepository repository;

  @BeforeEach
  void setUp() {
    database = new RequestLogDatabase();
    database.databaseUrl = "file:" + dir.resolve("scim.db");
    database.busyTimeoutMs = 1_000;
    database.start();
    writer =
        new RequestLogWriter(database, JournalSettings.of(1, 100, 10_000), NoMetrics.registry());
    repository = new RequestLogRepository();
    repository.database = database;
  }

  private static RequestLogEntry entry(Instant at, int status, String body) {
    return new RequestLogEntry(
        at,
        "GET",
        "/scim/v2/Users",
        null,
        status,
        3,
        "Host: x\n",
        null,
        "Content-Type: application/scim+json\n",
        body,
        false,
        "alice",
        "corr-" + body,
        false);
  }

  private long rows(String table) throws SQLException {
    try (Connection c = database.open();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private ListPage<RequestLogRepository.Summary> list(RequestLogRepository.Filter filter)
      throws SQLException {
    return repository.list(filter, 1, 500);
  }

  private static RequestLogRepository.Filter all() {
    return new RequestLogRepository.Filter(null, null, null, null, null, null, false);
  }

  @Test
  void aFileWrittenByTheFirstSchemaIsUpgradedAndWritable() throws SQLException {
    Path older = dir.resolve("older");
    SQLiteDataSource file = new SQLiteDataSource();
    file.setUrl("jdbc:sqlite:" + older.resolve("scim-requestlog.db"));
    older.toFile().mkdirs();
    Flyway.configure(getClass().getClassLoader())
        .dataSource(file)
        .locations("classpath:db/requestlog")
        .target("1")
        .load()
        .migrate();
    RequestLogDatabase upgraded = new RequestLogDatabase();
    upgraded.databaseUrl = "file:" + older.resolve("scim.db");
    upgraded.busyTimeoutMs = 1_000;
    upgraded.start();
    RequestLogWriter onUpgraded =
        new RequestLogWriter(upgraded, JournalSettings.of(1, 100, 10_000), NoMetrics.registry());

    onUpgraded.submit(entry(Instant.now(), 200, "a"));
    onUpgraded.drain();

    try (Connection c = upgraded.open();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM request_log_body")) {
      r.next();
      assertEquals(1, r.getLong(1));
    }
  }

  @Test
  void theFileLiesBesideTheDatabase() {
    assertEquals(dir.resolve("scim-requestlog.db"), database.file().orElseThrow());
  }

  @Test
  void idsIncreaseInWritingOrderEvenWhenTheClockStepsBack() throws SQLException {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    writer.submit(entry(now, 200, "a"));
    writer.submit(entry(now, 200, "b"));
    writer.submit(entry(now.minusSeconds(5), 200, "c"));
    writer.drain();

    List<RequestLogRepository.Summary> newestFirst = list(all()).items();
    assertEquals(
        List.of("corr-c", "corr-b", "corr-a"),
        newestFirst.stream().map(RequestLogRepository.Summary::correlationId).toList());
    long c = Long.parseLong(newestFirst.get(0).id());
    long b = Long.parseLong(newestFirst.get(1).id());
    assertTrue(c > b);
    assertEquals(RequestLogWriter.seqOf(now), Long.parseLong(newestFirst.get(2).id()));

    RequestLogRepository.Detail detail = repository.find(newestFirst.get(1).id()).orElseThrow();
    assertEquals("b", detail.responseBody());
    assertEquals("Host: x\n", detail.requestHeaders());
    assertTrue(repository.find("not-a-number").isEmpty());
  }

  @Test
  void pruningKeepsTheNewestRowsAndTheirBodiesOnly() throws SQLException {
    Instant now = Instant.now();
    for (int i = 0; i < 2_500; i++) {
      writer.submit(entry(now.plusMillis(i), 200, "body-" + i));
    }
    writer.drain(); // 2,500 rows written since the last prune: drain pruned to the limit itself
    assertEquals(100, rows("request_log"));
    assertEquals(100, rows("request_log_body"));
    List<RequestLogRepository.Summary> kept = list(all()).items();
    assertEquals("corr-body-2499", kept.get(0).correlationId());
    assertEquals("corr-body-2400", kept.get(99).correlationId());
    assertEquals("body-2400", repository.find(kept.get(99).id()).orElseThrow().responseBody());
  }

  @Test
  void pruningRemovesRowsOlderThanTheRetention() throws SQLException {
    Instant now = Instant.now();
    writer.submit(entry(now.minus(Duration.ofDays(3)), 200, "old"));
    writer.submit(entry(now, 200, "new"));
    writer.drain();
    assertEquals(1, writer.prune());
    assertEquals(1, rows("request_log"));
    assertEquals(1, rows("request_log_body"));
  }

  @Test
  void clearingEmptiesBothTables() throws SQLException {
    writer.submit(entry(Instant.now(), 200, "x"));
    writer.submit(entry(Instant.now(), 500, "y"));
    assertEquals(2, writer.clear());
    assertEquals(0, rows("request_log"));
    assertEquals(0, rows("request_log_body"));
  }

  @Test
  void filtersRunInSqlOnBothTables() throws SQLException {
    Instant now = Instant.now();
    writer.submit(entry(now.minusSeconds(60), 200, "{\"userName\":\"early\"}"));
    writer.submit(entry(now, 404, "{\"detail\":\"Needle not found\"}"));
    writer.submit(entry(now.plusSeconds(1), 200, "{\"userName\":\"late\"}"));
    writer.drain();
    assertEquals(
        1,
        list(new RequestLogRepository.Filter(null, null, true, null, null, null, false)).total());
    assertEquals(
        2, list(new RequestLogRepository.Filter(null, null, null, now, null, null, false)).total());
    assertEquals(
        1,
        list(new RequestLogRepository.Filter(null, null, null, null, null, "needle", false))
            .total());
  }
}
