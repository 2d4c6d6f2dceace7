package io.scimtool.storage.backup;

import static io.scimtool.support.HttpCalls.json;
import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.storage.restore.BackupLayout;
import io.scimtool.storage.restore.BackupManifest;
import io.scimtool.storage.restore.Generation;
import io.scimtool.storage.restore.SqliteFiles;
import io.scimtool.support.HttpCalls;
import io.scimtool.support.PackagedServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The hybrid storage design against the packaged server and real files: backups published to a
 * directory standing in for the Azure Files share, the local database wiped as a new replica's
 * would be, and the restore that runs before the application opens it.
 */
class BackupRestoreIT {
  private static final String PORT = "19082";
  private static final String SECRET = "backup-it-" + UUID.randomUUID();
  private final Path root = Path.of("target/backup-it").toAbsolutePath();
  private final Path local = root.resolve("local-data");
  private final Path share = root.resolve("data");
  private final BackupLayout layout = new BackupLayout(share);

  private PackagedServer server(String name) throws IOException {
    return PackagedServer.create(name)
        .env("HTTP_PORT", PORT)
        .env("SCIM_SHARED_SECRET", SECRET)
        .env("DATABASE_URL", "file:" + local.resolve("scim.db"))
        .env("BACKUP_DIR", share.toString());
  }

  private HttpCalls http() {
    return new HttpCalls("http://127.0.0.1:" + PORT, SECRET);
  }

  private JsonObject status() {
    HttpResponse<String> status = http().get("/api/backup/status");
    assertEquals(200, status.statusCode(), status.body());
    return json(status);
  }

  private JsonObject trigger(int expectedStatus) {
    HttpResponse<String> outcome = http().post("/api/backup/trigger", "application/json", "");
    assertEquals(expectedStatus, outcome.statusCode(), outcome.body());
    return json(outcome);
  }

  private BackupManifest manifest() throws IOException {
    return BackupManifest.read(layout.manifest()).orElseThrow();
  }

  private int status(String path) {
    return http().get(path).statusCode();
  }

  private void newReplica() throws IOException {
    PackagedServer.deleteRecursively(local);
  }

  /** Overwrites everything after the first page with garbage (idempotent, unlike flipping). */
  private static void corrupt(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    java.util.Arrays.fill(bytes, 4096, bytes.length, (byte) 0x5A);
    Files.write(file, bytes);
  }

  @Test
  void backupsSurviveANewReplicaAFailingShareACorruptGenerationAndFailClosed() throws Exception {
    PackagedServer.deleteRecursively(root);
    try (PackagedServer server =
        server("scimtool-backup-it")
            .env("BACKUP_MIN_INTERVAL_SECONDS", "3600")
            .env("BACKUP_MAX_INTERVAL_SECONDS", "3600")) {
      server.start();
      String alice = http().create("/scim/v2/Users", user("alice@backup.test").toJson());
      JsonObject first = trigger(200);
      assertEquals("PUBLISHED", first.getString("result"));

      // The share goes away (a file where the directory was): SCIM keeps working.
      Path moved = root.resolve("data.away");
      Files.move(share, moved);
      Files.writeString(share, "not a directory");
      String bob = http().create("/scim/v2/Users", user("bob@backup.test").toJson());
      assertEquals("FAILED", trigger(500).getString("result"));
      JsonObject failing = status();
      assertEquals("FAILING", failing.getString("state"));
      assertTrue(failing.getInt("consecutiveFailures") >= 1, failing.toString());
      assertFalse(failing.isNull("lastError"), failing.toString());
      assertTrue(status("/health/ready") == 200, "backup failures never take SCIM out of service");

      // The share is back: the next backup succeeds and the failure count resets.
      Files.delete(share);
      Files.move(moved, share);
      assertEquals("PUBLISHED", trigger(200).getString("result"));
      assertEquals(0, status().getInt("consecutiveFailures"));

      // A change nobody backed up yet, then a graceful stop: the final backup must carry it.
      String carol = http().create("/scim/v2/Users", user("carol@backup.test").toJson());
      server.stop();
      Generation last = manifest().newest().orElseThrow();
      assertEquals(3L, last.rowCounts().get("users"), "final backup on shutdown: " + last);
      assertEquals("ok", last.integrity());

      // A new replica: empty local disk, restored before the application opens the database.
      newReplica();
      server.start();
      JsonObject restore = status().getJsonObject("restore");
      assertEquals("RESTORED_FROM_BACKUP", restore.getString("action"), restore.toString());
      assertEquals(last.sequence(), restore.getJsonNumber("generation").longValue());
      assertEquals(JsonValue.TRUE, restore.get("checksumMatch"));
      assertEquals("ok", restore.getString("integrity"));
      assertFalse(restore.getBoolean("fallbackUsed"));
      for (String id : List.of(alice, bob, carol)) {
        assertEquals(200, status("/scim/v2/Users/" + id), id);
      }
      assertTrue(http().get("/health/started").body().contains("RESTORED_FROM_BACKUP"));
      server.stop();

      // The newest generation is damaged on the share: the previous one is used.
      BackupManifest before = manifest();
      Generation newest = before.generations().get(0);
      Generation previous = before.generations().get(1);
      corrupt(layout.generation(newest.file()));
      newReplica();
      server.start();
      restore = status().getJsonObject("restore");
      assertEquals(previous.sequence(), restore.getJsonNumber("generation").longValue());
      assertTrue(restore.getBoolean("fallbackUsed"), restore.toString());
      assertTrue(restore.getJsonArray("rejected").toString().contains(newest.file()));
      assertEquals(
          previous.rowCounts().get("users"),
          (long)
              json(http().get("/api/database/statistics")).getJsonObject("users").getInt("total"));
      server.stop();

      // The init-container flow: the stand-alone restore tool first, then the server verifies.
      newReplica();
      assertEquals(1, restoreTool(Map.of()), "without DATABASE_URL the tool refuses");
      assertEquals(
          0,
          restoreTool(
              Map.of(
                  "DATABASE_URL",
                  "file:" + local.resolve("scim.db"),
                  "BACKUP_DIR",
                  share.toString())));
      assertTrue(Files.exists(local.resolve("scim.db")));
      server.start();
      restore = status().getJsonObject("restore");
      assertEquals("RESTORED_FROM_BACKUP", restore.getString("action"), restore.toString());
      assertEquals("restore tool", restore.getString("performedBy"));
      assertTrue(restore.getBoolean("verifiedAtStartup"), restore.toString());
      server.stop();

      // Every backup damaged: fail closed, and publish nothing over the history.
      for (Generation generation : manifest().generations()) {
        corrupt(layout.generation(generation.file()));
      }
      corrupt(layout.latestCopy());
      String manifestBefore = Files.readString(layout.manifest());
      newReplica();
      HttpResponse<String> started = server.startExpectingNotReady();
      assertEquals(503, started.statusCode(), started.body());
      assertTrue(started.body().contains("Restore failed"), started.body());
      assertEquals(503, status("/health/ready"));
      HttpResponse<String> scim = http().get("/scim/v2/Users");
      assertEquals(503, scim.statusCode());
      assertTrue(scim.headers().firstValue("Content-Type").orElse("").contains("scim+json"));
      Thread.sleep(3000);
      assertEquals(manifestBefore, Files.readString(layout.manifest()));
      assertFalse(Files.exists(local.resolve("scim.db")), "no empty database was created");
    }
  }

  @Test
  void killDuringSteadyWritesLosesNothingAcknowledgedBeforeTheLastBackup() throws Exception {
    PackagedServer.deleteRecursively(root);
    Map<String, Instant> acknowledged = new ConcurrentHashMap<>();
    long maxRpo = 0;
    try (PackagedServer server = server("scimtool-backup-kill-it")) {
      server.start();
      AtomicBoolean writing = new AtomicBoolean(true);
      ExecutorService writers = Executors.newFixedThreadPool(4);
      for (int t = 0; t < 4; t++) {
        int thread = t;
        writers.submit(
            () -> {
              for (int i = 0; writing.get(); i++) {
                String userName = "load-" + thread + "-" + i + "@backup.test";
                try {
                  if (http().postScim("/scim/v2/Users", user(userName).toJson()).statusCode()
                      == 201) {
                    acknowledged.put(userName, Instant.now());
                  }
                } catch (RuntimeException serverGone) {
                  return;
                }
              }
            });
      }
      // Default schedule (10 s minimum interval): watch the RPO under continuous writes.
      Instant until = Instant.now().plus(Duration.ofSeconds(26));
      while (Instant.now().isBefore(until)) {
        maxRpo = Math.max(maxRpo, status().getJsonNumber("rpoSeconds").longValue());
        Thread.sleep(500);
      }
      server.kill();
      writing.set(false);
      writers.shutdown();
      assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));

      Generation last = manifest().newest().orElseThrow();
      Instant snapshotStart = last.snapshotStartedAt();
      Set<String> mustSurvive = new HashSet<>();
      acknowledged.forEach(
          (userName, at) -> {
            if (at.isBefore(snapshotStart)) {
              mustSurvive.add(userName);
            }
          });
      System.out.printf(
          "kill -9 test: %d writes acknowledged, %d before the last backup's snapshot at %s;"
              + " generations %d; max RPO seen %d s%n",
          acknowledged.size(),
          mustSurvive.size(),
          snapshotStart,
          manifest().generations().size(),
          maxRpo);
      assertTrue(mustSurvive.size() > 50, "the load produced backed-up writes");
      assertTrue(maxRpo <= 15, "RPO under continuous writes stayed within 15 s: " + maxRpo);

      newReplica();
      server.start();
      Set<String> present = allUserNames();
      mustSurvive.removeAll(present);
      assertEquals(Set.of(), mustSurvive, "acknowledged before the last backup, but lost");
      assertEquals("ok", status().getJsonObject("restore").getString("integrity"));
      server.stop();
      assertEquals("ok", SqliteFiles.integrityCheck(local.resolve("scim.db")));
    }
  }

  /** Runs the stand-alone restore tool as an init container would, with only {@code env}. */
  private static int restoreTool(Map<String, String> env) throws Exception {
    ProcessBuilder tool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                Path.of("target/restore/scimtool-restore.jar").toAbsolutePath().toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT);
    tool.environment()
        .keySet()
        .removeIf(key -> key.equals("DATABASE_URL") || key.startsWith("BACKUP_"));
    tool.environment().putAll(env);
    Process process = tool.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the restore tool did not finish");
    }
    return process.exitValue();
  }

  private Set<String> allUserNames() {
    Set<String> names = new HashSet<>();
    for (int start = 1; ; start += 200) {
      JsonObject page =
          json(http().get("/scim/v2/Users?attributes=userName&count=200&startIndex=" + start));
      var resources = page.getJsonArray("Resources");
      resources.forEach(r -> names.add(r.asJsonObject().getString("userName")));
      if (resources.isEmpty() || start + resources.size() > page.getInt("totalResults")) {
        assertNotNull(page);
        return names;
      }
    }
  }
}
