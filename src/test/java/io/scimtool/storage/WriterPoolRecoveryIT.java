package io.scimtool.storage;

import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.HttpCalls;
import io.scimtool.support.LibertyServerIT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Writes resume while the pool's one write connection is still held elsewhere: the writer probe
 * finds no connection within the pool's 30-s timeout and empties the pool, and the next write gets
 * a new connection. Until then, writes are answered 503 with Retry-After, never 500.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class WriterPoolRecoveryIT extends LibertyServerIT {
  /**
   * Longer than a probe period (20 s), plus the probe's wait for a connection (30 s), plus the wait
   * of a write queued before the pool was emptied (30 s), with margin.
   */
  private static final int HELD_SECONDS = 100;

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return packagedWar().addClass(WriterHolderServlet.class);
  }

  @Test
  void writesResumeWhileTheOnlyWriteConnectionIsStillHeld() throws Exception {
    long start = System.nanoTime();
    HttpClient client = HttpClient.newHttpClient();
    URI holding = URI.create(BASE_URL + "/it/hold-writer?seconds=" + HELD_SECONDS);
    HttpResponse<Stream<String>> holder =
        client
            .sendAsync(HttpRequest.newBuilder(holding).build(), BodyHandlers.ofLines())
            .get(30, TimeUnit.SECONDS);
    Iterator<String> holderSays = holder.body().iterator();
    try {
      assertEquals("holding", holderSays.next(), "the servlet took the connection");
      writeWhileTheConnectionIsHeld(start);
    } finally {
      // The old connection, given back at last, is closed; writes go on on the new one.
      client.send(
          HttpRequest.newBuilder(holding).POST(BodyPublishers.noBody()).build(),
          BodyHandlers.discarding());
      assertEquals("released", holderSays.next());
    }
    assertEquals(
        201,
        http.postScim("/scim/v2/Users", user("after-" + UUID.randomUUID()).toJson()).statusCode());
  }

  private void writeWhileTheConnectionIsHeld(long start) {
    // A write waits up to the pool's connection timeout (30 s) before its 503.
    HttpCalls patient = http.withTimeout(Duration.ofSeconds(45));
    List<Integer> failures = new ArrayList<>();
    int status = 0;
    while (status != 201 && seconds(start) < HELD_SECONDS - 5) {
      HttpResponse<String> created =
          patient.postScim("/scim/v2/Users", user("held-" + UUID.randomUUID()).toJson());
      status = created.statusCode();
      if (status != 201) {
        failures.add(status);
        assertEquals(503, status, created.body());
        assertEquals("1", created.headers().firstValue("Retry-After").orElse(null));
      }
    }
    assertEquals(201, status, "no write succeeded while the connection was held; " + failures);
    assertTrue(seconds(start) < HELD_SECONDS - 5, "recovered only after the holder let go");
    assertFalse(failures.isEmpty(), "the held connection never made a write wait");
  }

  private static long seconds(long since) {
    return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
  }
}
