package io.scimtool.storage;

import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.HttpCalls;
import io.scimtool.support.LibertyIT;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The write connection outlives a write lock held elsewhere for longer than the busy timeout.
 * Before the data source closed such connections, sqlite-jdbc's failed {@code BEGIN IMMEDIATE} left
 * the pool's only writer believing in a transaction SQLite never began, and every later write
 * failed.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class WriterRecoveryIT extends LibertyIT {
  @Test
  void writesWorkAgainOnceALockHeldPastTheBusyTimeoutIsReleased() throws Exception {
    String database = System.getenv("DATABASE_URL").replaceFirst("^file:", "");
    try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + database);
        Statement statement = holder.createStatement()) {
      statement.execute("BEGIN IMMEDIATE"); // another process's writer, as a stuck one would be
      // Longer than a WriterProbe period (20 s) plus the busy timeout (10 s): at least one probe's
      // BEGIN IMMEDIATE on the pool's writer times out while the lock is held.
      Thread.sleep(31_000);
      statement.execute("ROLLBACK");
    }

    String name = "after-" + UUID.randomUUID();
    HttpResponse<String> created = http.postScim("/scim/v2/Users", user(name).toJson());
    assertEquals(201, created.statusCode(), created.body());
    String id = HttpCalls.json(created).getString("id");
    HttpResponse<String> patched =
        http.patchScim(
            "/scim/v2/Users/" + id,
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],"
                + "\"Operations\":[{\"op\":\"replace\",\"path\":\"title\",\"value\":\"t\"}]}");
    assertEquals(200, patched.statusCode(), patched.body());
    assertTrue(patched.body().contains("\"title\":\"t\""), patched.body());
  }
}
