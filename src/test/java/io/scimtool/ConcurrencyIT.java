package io.scimtool;

import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimtool.support.HttpCalls;
import io.scimtool.support.LibertyIT;
import io.scimtool.testdata.PatchBuilder;
import io.scimtool.testdata.ScimGroupBuilder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The database decides uniqueness: racing duplicates give one 201 and only 409s besides. Requests
 * that wait for each other (for threads, turns or the writer connection) fail here within the
 * timeout instead of hanging the build.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ConcurrencyIT extends LibertyIT {
  @Test
  void fiftyConcurrentCreatesOfOneUserName() throws Exception {
    String userName = "race-" + UUID.randomUUID() + "@example.com";
    ExecutorService pool = Executors.newFixedThreadPool(50);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        // Case varies: uniqueness is case-insensitive.
        String name = i % 2 == 0 ? userName : userName.toUpperCase();
        calls.add(() -> http.postScim("/scim/v2/Users", user(name).toJson()).statusCode());
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> result : pool.invokeAll(calls)) {
        statuses.add(result.get());
      }
      Map<Integer, Long> counts =
          statuses.stream()
              .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
      assertEquals(Map.of(201, 1L, 409, 49L), counts);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The test client prefers HTTP/2 and offers h2c on requests without a body, such as this one: the
   * server stays on HTTP/1.1 (server.xml says why).
   */
  @Test
  void aClientOfferingHttp2StaysOnHttp11() {
    HttpResponse<String> health = http.get("/health/ready");
    assertEquals(200, health.statusCode());
    assertEquals(HttpClient.Version.HTTP_1_1, health.version());
  }

  /**
   * Concurrent writers to one resource serialise: none fails, no change is lost. With HTTP/2
   * upgraded by the health check first, the 40 requests were multiplexed on one connection and
   * never finished on an executor capped at four threads.
   */
  @Test
  void concurrentMemberAddsToOneGroupAllLand() throws Exception {
    assertEquals(200, http.get("/health/ready").statusCode());
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      users.add(http.create("/scim/v2/Users", user("member-" + UUID.randomUUID()).toJson()));
    }
    String group = http.create("/scim/v2/Groups", ScimGroupBuilder.anyGroup().toJson());
    ExecutorService pool = Executors.newFixedThreadPool(20);
    try {
      List<Callable<Integer>> calls = new ArrayList<>();
      for (String member : users) {
        calls.add(
            () ->
                http.patchScim(
                        "/scim/v2/Groups/" + group,
                        PatchBuilder.patch()
                            .op("add", "members", PatchBuilder.members(member))
                            .toJson())
                    .statusCode());
        calls.add(
            () ->
                http.patchScim(
                        "/scim/v2/Users/" + member,
                        PatchBuilder.patch().op("replace", "title", "t").toJson())
                    .statusCode());
      }
      for (Future<Integer> result : pool.invokeAll(calls)) {
        assertEquals(200, result.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(
        20, HttpCalls.json(http.get("/scim/v2/Groups/" + group)).getJsonArray("members").size());
  }
}
