package io.scimtool.storage.backup;

import io.scimtool.storage.restore.BackupLayout;
import io.scimtool.storage.restore.LiveDatabase;
import io.scimtool.storage.restore.RestoreRecord;
import io.scimtool.storage.restore.RestoreSettings;
import io.scimtool.storage.restore.Restorer;
import io.scimtool.storage.restore.SqliteFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Storage benchmark (run by {@code bench/storage.sh}, not by the test suite): on a database of
 * about {@code BENCH_DB_MB} MB (default 100) it measures snapshot + verify + publish, restore, and
 * single-row commit latency with and without a backup running, on the same code the server runs.
 */
public final class StorageBenchmark {
  private StorageBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/bench/storage").toAbsolutePath();
    int targetMb = Integer.parseInt(System.getenv().getOrDefault("BENCH_DB_MB", "100"));
    Duration window =
        Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("BENCH_WINDOW_SECONDS", "10")));
    deleteTree(dir);
    Files.createDirectories(dir.resolve("local"));
    Path live = dir.resolve("local/scim.db");
    Path share = dir.resolve("share");
    StringBuilder report = new StringBuilder();
    line(
        report,
        "%s, %d cores, Java %s, %s; live database and backup directory on the same local disk",
        java.time.LocalDate.now(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("os.name"));
    try (LiveDatabase db = new LiveDatabase(live)) {
      long users = fill(db.connection(), live, targetMb);
      long size = Files.size(live) + walSize(live);
      line(report, "Database: %,d users, %.1f MB (file + WAL)", users, size / 1e6);

      Publisher publisher =
          new Publisher(new BackupLayout(share), new Retention(12), "bench", 0, s -> {});
      long[] backupMs = new long[3];
      long[] snapshotMs = new long[3];
      for (int i = 0; i < 3; i++) {
        long t0 = System.nanoTime();
        Snapshot snapshot =
            Snapshot.take(db.connection(), dir.resolve("snapshot.tmp"), Instant.now(), 0);
        long t1 = System.nanoTime();
        publisher.publish(snapshot, Instant.now());
        long t2 = System.nanoTime();
        Files.delete(snapshot.file());
        snapshotMs[i] = (t1 - t0) / 1_000_000;
        backupMs[i] = (t2 - t0) / 1_000_000;
      }
      line(
          report,
          "Snapshot (online backup) + verify (integrity_check, SHA-256): median %d ms",
          median(snapshotMs));
      line(
          report,
          "Snapshot + verify + publish (copy, fsync, rename, manifest, scim.db): median %d ms (runs: %s)",
          median(backupMs),
          Arrays.toString(backupMs));

      long[] restoreMs = new long[3];
      for (int i = 0; i < 3; i++) {
        Path target = dir.resolve("restore-" + i + "/scim.db");
        long t0 = System.nanoTime();
        RestoreRecord record =
            new Restorer(
                    new RestoreSettings(target, Optional.of(share), false),
                    Restorer.Performer.RESTORE_TOOL,
                    Clock.systemUTC())
                .run();
        restoreMs[i] = (System.nanoTime() - t0) / 1_000_000;
        if (!"ok".equals(record.integrity())) {
          throw new IllegalStateException("restore failed: " + record);
        }
      }
      line(
          report,
          "Restore (copy + SHA-256 + integrity_check + rename): median %d ms (runs: %s)",
          median(restoreMs),
          Arrays.toString(restoreMs));

      Latencies quiet = commits(live, window, null);
      AtomicBoolean backingUp = new AtomicBoolean(true);
      int[] backupsDuring = new int[1];
      Thread backups =
          new Thread(
              () -> {
                try (Connection dedicated = SqliteFiles.open(live, false)) {
                  while (backingUp.get()) {
                    long a = System.nanoTime() / 1_000_000;
                    Snapshot s =
                        Snapshot.take(
                            dedicated, dir.resolve("snapshot-load.tmp"), Instant.now(), 0);
                    long b = System.nanoTime() / 1_000_000;
                    publisher.publish(s, Instant.now());
                    if (System.getenv("BENCH_DEBUG") != null) {
                      System.out.printf(
                          "backup snapshot %d..%d publish ..%d%n",
                          a, b, System.nanoTime() / 1_000_000);
                    }
                    Files.delete(s.file());
                    backupsDuring[0]++;
                  }
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      Latencies loaded = commits(live, window, backups);
      backingUp.set(false);
      backups.join();
      line(report, "Commit latency without backup: %s", quiet);
      line(
          report,
          "Commit latency with back-to-back backups (%d during the window): %s",
          backupsDuring[0],
          loaded);
      line(
          report,
          "Added p99: %.2f ms; slowest commit during backups: %.1f ms",
          loaded.p99() - quiet.p99(),
          loaded.max());
    }
    Path out = dir.resolveSibling("storage.md");
    Files.writeString(out, report.toString());
    System.out.print(report);
    System.out.println("written to " + out);
  }

  record Latencies(long commits, double p50, double p99, double max) {
    @Override
    public String toString() {
      return String.format(
          "%,d commits, p50 %.2f ms, p99 %.2f ms, max %.1f ms", commits, p50, p99, max);
    }
  }

  /** Single-row commits on a connection configured like the server's, for {@code window}. */
  private static Latencies commits(Path live, Duration window, Thread alongside) throws Exception {
    List<Long> nanos = new ArrayList<>();
    try (Connection c = SqliteFiles.open(live, false)) {
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA journal_mode = WAL");
        s.execute("PRAGMA synchronous = NORMAL");
      }
      if (alongside != null) {
        alongside.start();
        Thread.sleep(200);
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO activity (id, occurred_at, type, severity, action, message, source)"
                  + " VALUES (?, '2026-01-01T00:00:00.000Z', 'system', 'info', 'bench', 'bench',"
                  + " 'scim')")) {
        Instant end = Instant.now().plus(window);
        long i = 0;
        while (Instant.now().isBefore(end)) {
          insert.setString(1, "bench-" + System.nanoTime() + "-" + i++);
          long t0 = System.nanoTime();
          insert.executeUpdate();
          long took = System.nanoTime() - t0;
          nanos.add(took);
          if (took > 30_000_000L && System.getenv("BENCH_DEBUG") != null) {
            System.out.printf(
                "slow commit %.1f ms at %d%n", took / 1e6, System.nanoTime() / 1_000_000);
          }
          Thread.sleep(0, 200_000);
        }
      }
    }
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Latencies(
        sorted.length,
        sorted[sorted.length / 2] / 1e6,
        sorted[(int) (sorted.length * 0.99)] / 1e6,
        sorted[sorted.length - 1] / 1e6);
  }

  /** Users with ~2 KB documents and their value rows until the file reaches the target size. */
  private static long fill(Connection c, Path live, int targetMb) throws Exception {
    String document =
        "{\"schemas\":[\"urn:ietf:params:scim:schemas:core:2.0:User\"],\"title\":\""
            + "x".repeat(1800)
            + "\"}";
    long users = 0;
    c.setAutoCommit(false);
    try (PreparedStatement user =
            c.prepareStatement(
                "INSERT INTO scim_user (id, user_name, user_name_ci, external_id, display_name,"
                    + " display_name_ci, resource_json, version, created, last_modified) VALUES (?,"
                    + " ?, ?, ?, ?, ?, ?, 1, '2026-01-01T00:00:00.000000000Z',"
                    + " '2026-01-01T00:00:00.000000000Z')");
        PreparedStatement value =
            c.prepareStatement(
                "INSERT INTO scim_user_value (user_id, path, item, value_text, value_ci) VALUES (?, ?, 0, ?, ?)")) {
      while (true) {
        for (int i = 0; i < 5000; i++, users++) {
          String id = java.util.UUID.randomUUID().toString();
          String name = "user" + users + "@bench.example.com";
          user.setString(1, id);
          user.setString(2, name);
          user.setString(3, name);
          user.setString(4, "ext-" + users);
          user.setString(5, "User " + users);
          user.setString(6, "user " + users);
          user.setString(7, document);
          user.addBatch();
          for (String path : List.of("emails.value", "name.familyname", "title", "e:department")) {
            value.setString(1, id);
            value.setString(2, path);
            value.setString(3, name);
            value.setString(4, name);
            value.addBatch();
          }
        }
        user.executeBatch();
        value.executeBatch();
        c.commit();
        try (Statement s = c.createStatement()) {
          s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        if (Files.size(live) >= targetMb * 1_000_000L) {
          break;
        }
      }
    } finally {
      c.setAutoCommit(true);
    }
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    return users;
  }

  private static long walSize(Path live) throws Exception {
    Path wal = live.resolveSibling(live.getFileName() + "-wal");
    return Files.exists(wal) ? Files.size(wal) : 0;
  }

  private static long median(long[] values) {
    long[] copy = values.clone();
    Arrays.sort(copy);
    return copy[copy.length / 2];
  }

  private static void line(StringBuilder report, String format, Object... args) {
    String text = String.format(format, args);
    report.append("- ").append(text).append('\n');
    System.out.println(text);
  }

  private static void deleteTree(Path path) throws Exception {
    PublisherTestSupport.deleteTree(path);
  }
}
