package io.scimtool;

import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimtool.support.HttpCalls;
import io.scimtool.support.LibertyIT;
import io.scimtool.testdata.PatchBuilder;
import io.scimtool.testdata.ScimGroupBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The database decides uniqueness: racing duplicates give one 201 and only 409s besides. */
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

  /** Concurrent writers to one resource serialise: none fails, no change is lost. */
  @Test
  void concurrentMemberAddsToOneGroupAllLand() throws Exception {
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
