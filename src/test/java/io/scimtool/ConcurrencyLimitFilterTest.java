package io.scimtool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ConcurrencyLimitFilterTest {
  private static final HttpServletRequest REQUEST =
      (HttpServletRequest)
          Proxy.newProxyInstance(
              ConcurrencyLimitFilterTest.class.getClassLoader(),
              new Class<?>[] {HttpServletRequest.class},
              (proxy, method, args) -> null);

  @Test
  void noMoreThanTheLimitRunAtOnceAndEveryRequestRuns() throws Exception {
    ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(2, Duration.ofSeconds(20));
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    AtomicInteger ran = new AtomicInteger();
    FilterChain chain =
        (request, response) -> {
          mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
          sleep(30);
          inside.decrementAndGet();
          ran.incrementAndGet();
        };
    List<CompletableFuture<Void>> requests = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      requests.add(CompletableFuture.runAsync(() -> run(filter, chain, new RecordedResponse())));
    }
    CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
    assertEquals(8, ran.get());
    assertEquals(2, mostInside.get());
  }

  @Test
  void waitingRequestsStartInArrivalOrder() throws Exception {
    ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, Duration.ofSeconds(20));
    CountDownLatch release = new CountDownLatch(1);
    Thread holder = holdATurn(filter, release);
    List<String> started = new CopyOnWriteArrayList<>();
    List<Thread> waiting = new ArrayList<>();
    for (String name : List.of("a", "b", "c", "d")) {
      Thread thread = start(filter, (request, response) -> started.add(name));
      awaitWaiting(thread, Thread.State.TIMED_WAITING); // queued before the next one arrives
      waiting.add(thread);
    }
    release.countDown();
    for (Thread thread : waiting) {
      thread.join(10_000);
    }
    assertEquals(List.of("a", "b", "c", "d"), started);
  }

  @Test
  void aRequestThatCannotStartInTimeGetsA503ScimError() throws Exception {
    ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, Duration.ofMillis(200));
    CountDownLatch release = new CountDownLatch(1);
    Thread holder = holdATurn(filter, release);
    AtomicInteger ran = new AtomicInteger();
    RecordedResponse refused = new RecordedResponse();
    run(filter, (request, response) -> ran.incrementAndGet(), refused);
    release.countDown();
    holder.join(10_000);

    assertEquals(0, ran.get());
    assertEquals(503, refused.status);
    assertEquals("1", refused.headers.get("Retry-After"));
    assertTrue(refused.contentType.startsWith("application/scim+json"), refused.contentType);
    JsonObject body = Json.createReader(new StringReader(refused.body())).readObject();
    assertEquals("503", body.getString("status"));
    assertEquals(
        "urn:ietf:params:scim:api:messages:2.0:Error", body.getJsonArray("schemas").getString(0));
    assertFalse(body.getString("detail").isBlank());
  }

  @Test
  void aRequestThatFailsGivesItsTurnBack() {
    ConcurrencyLimitFilter filter = new ConcurrencyLimitFilter(1, Duration.ofMillis(200));
    FilterChain failing =
        (request, response) -> {
          throw new IllegalStateException("boom");
        };
    for (int i = 0; i < 3; i++) {
      RecordedResponse response = new RecordedResponse();
      try {
        filter.doFilter(REQUEST, response.proxy(), failing);
      } catch (IllegalStateException | java.io.IOException | jakarta.servlet.ServletException e) {
        // the chain's own failure propagates
      }
      assertEquals(0, response.status, "the filter itself answered nothing");
    }
    AtomicInteger ran = new AtomicInteger();
    run(filter, (request, response) -> ran.incrementAndGet(), new RecordedResponse());
    assertEquals(1, ran.get());
  }

  /** A request that takes a turn and keeps it, inside the chain, until {@code release}. */
  private static Thread holdATurn(ConcurrencyLimitFilter filter, CountDownLatch release) {
    Thread holder = start(filter, (request, response) -> await(release));
    awaitWaiting(holder, Thread.State.WAITING);
    return holder;
  }

  private static Thread start(ConcurrencyLimitFilter filter, FilterChain chain) {
    Thread thread = new Thread(() -> run(filter, chain, new RecordedResponse()));
    thread.setDaemon(true); // a failed test leaves no thread behind
    thread.start();
    return thread;
  }

  private static void run(ConcurrencyLimitFilter filter, FilterChain chain, RecordedResponse out) {
    try {
      filter.doFilter(REQUEST, out.proxy(), chain);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Until the thread parks: in the chain (a latch) or waiting for its turn (a timed wait). */
  private static void awaitWaiting(Thread thread, Thread.State state) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (thread.getState() != state) {
      assertTrue(thread.isAlive(), "ended instead of waiting");
      assertTrue(System.nanoTime() < deadline, "not " + state + " but " + thread.getState());
      sleep(1);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** What the filter wrote to the response, through a proxy of the servlet interface. */
  private static final class RecordedResponse {
    int status;
    String contentType = "";
    final Map<String, String> headers = new HashMap<>();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    String body() {
      return bytes.toString(StandardCharsets.UTF_8);
    }

    HttpServletResponse proxy() {
      ServletOutputStream out =
          new ServletOutputStream() {
            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}

            @Override
            public void write(int b) {
              bytes.write(b);
            }
          };
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, args) ->
                  switch (method.getName()) {
                    case "setStatus" -> {
                      status = (Integer) args[0];
                      yield null;
                    }
                    case "setContentType" -> {
                      contentType = (String) args[0];
                      yield null;
                    }
                    case "setHeader" -> {
                      headers.put((String) args[0], (String) args[1]);
                      yield null;
                    }
                    case "getOutputStream" -> out;
                    default -> throw new UnsupportedOperationException(method.getName());
                  });
    }
  }
}
