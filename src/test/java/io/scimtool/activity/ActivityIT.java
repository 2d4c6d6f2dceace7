package io.scimtool.activity;

import static io.scimtool.support.HttpCalls.json;
import static io.scimtool.support.HttpCalls.urlEncode;
import static io.scimtool.testdata.ScimGroupBuilder.group;
import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.scim.ScimSchemas;
import io.scimtool.support.LibertyIT;
import io.scimtool.testdata.PatchBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The activity feed over HTTP: sentences built at write time, filters, summary, live stream. */
class ActivityIT extends LibertyIT {
  private static final String DEPARTMENT = ScimSchemas.ENTERPRISE_USER + ":department";
  private static final String MANAGER = ScimSchemas.ENTERPRISE_USER + ":manager";

  /** Waits for the writer (every second) until {@code search} finds {@code count} events. */
  private List<JsonObject> awaitEvents(String query, int count) throws InterruptedException {
    List<JsonObject> items = List.of();
    for (int i = 0; i < 60; i++) {
      JsonObject page = json(http.get("/api/activity?pageSize=100&" + query));
      items = page.getJsonArray("items").getValuesAs(JsonObject.class);
      if (items.size() >= count) {
        return items;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("expected " + count + " events for " + query + ", got " + items);
  }

  private static List<String> messages(List<JsonObject> events) {
    return events.stream().map(e -> e.getString("message")).toList();
  }

  @Test
  void writesBecomeSentencesWithTheNamesTheyHadThen() throws Exception {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String bobId =
        http.create(
            "/scim/v2/Users", user("bob-" + marker).with("displayName", "Bob " + marker).toJson());
    HttpResponse<String> aliceCreated =
        http.postScim(
            "/scim/v2/Users",
            user("alice-" + marker).with("displayName", "Alice " + marker).toJson());
    String aliceId = json(aliceCreated).getString("id");
    String requestId = aliceCreated.headers().firstValue("X-Request-Id").orElseThrow();
    assertEquals(
        200,
        http.patchScim(
                "/scim/v2/Users/" + aliceId,
                PatchBuilder.patch()
                    .op("Replace", DEPARTMENT, "Finance")
                    .op("replace", MANAGER, bobId)
                    .toJson())
            .statusCode());
    String groupId = http.create("/scim/v2/Groups", group("Team " + marker).toJson());
    assertEquals(
        200,
        http.patchScim(
                "/scim/v2/Groups/" + groupId,
                PatchBuilder.patch()
                    .op("Add", "members", PatchBuilder.members(aliceId, bobId))
                    .toJson())
            .statusCode());
    assertEquals(
        200,
        http.patchScim(
                "/scim/v2/Groups/" + groupId,
                PatchBuilder.patch()
                    .op("Remove", "members[value eq \"" + bobId + "\"]", (JsonValue) null)
                    .toJson())
            .statusCode());
    assertEquals(
        200,
        http.patchScim(
                "/scim/v2/Users/" + aliceId,
                PatchBuilder.patch().op("replace", "active", false).toJson())
            .statusCode());
    // Renaming and then deleting Bob must not rewrite history.
    assertEquals(
        200,
        http.patchScim(
                "/scim/v2/Users/" + bobId,
                PatchBuilder.patch().op("replace", "displayName", "Robert " + marker).toJson())
            .statusCode());
    assertEquals(204, http.delete("/scim/v2/Users/" + bobId).statusCode());

    List<JsonObject> events = awaitEvents("search=" + urlEncode(marker), 9);
    assertEquals(
        List.of(
            "User Robert " + marker + " deleted",
            "User Bob " + marker + " updated",
            "User Alice " + marker + " deactivated",
            "Bob " + marker + " removed from Team " + marker,
            "Alice " + marker + " and Bob " + marker + " added to Team " + marker,
            "Group Team " + marker + " created",
            "User Alice " + marker + " updated",
            "User Alice " + marker + " created",
            "User Bob " + marker + " created"),
        messages(events).subList(0, 9));
    JsonObject updated = events.get(6);
    assertEquals(
        List.of("Department → Finance", "Manager → Bob " + marker),
        updated.getJsonArray("details").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    JsonObject created = events.get(7);
    assertEquals(requestId, created.getString("requestId"));
    assertEquals("scim", created.getString("source"));
    assertEquals("user", created.getString("type"));
    assertEquals("success", created.getString("severity"));
    assertEquals("warning", events.get(2).getString("severity"));
    assertEquals("group", events.get(3).getString("type"));

    List<JsonObject> groupsOnly = awaitEvents("type=group&search=" + urlEncode(marker), 3);
    assertTrue(groupsOnly.stream().allMatch(e -> e.getString("type").equals("group")));
    assertEquals(
        3, json(http.get("/api/activity?type=group&search=" + urlEncode(marker))).getInt("total"));
  }

  @Test
  void failuresCarryTheirReasonAndKeepalivesCanBeHidden() throws Exception {
    String marker = "dup-" + UUID.randomUUID();
    http.create("/scim/v2/Users", user(marker).toJson());
    assertEquals(
        409, http.postScim("/scim/v2/Users", user(marker.toUpperCase()).toJson()).statusCode());
    JsonObject failure = awaitEvents("severity=error&search=" + urlEncode(marker), 1).get(0);
    assertEquals(
        "Create user " + marker.toUpperCase() + " failed (409 uniqueness)",
        failure.getString("message"));
    assertTrue(failure.getJsonArray("details").getString(0).contains("already taken"));

    // A refused operation inside a Bulk request (the request itself answers 200) is an event too.
    String bulk =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":"
            + "[{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b1\",\"data\":"
            + user(marker).toJson()
            + "}]}";
    assertEquals(200, http.postScim("/scim/v2/Bulk", bulk).statusCode());
    JsonObject bulkFailure =
        awaitEvents("search=" + urlEncode(marker), 3).stream()
            .filter(e -> e.getString("message").startsWith("Bulk "))
            .findFirst()
            .orElseThrow();
    assertEquals("Bulk POST /Users failed (409 uniqueness)", bulkFailure.getString("message"));
    assertEquals("user", bulkFailure.getString("type"));
    assertTrue(bulkFailure.getJsonArray("details").getString(0).contains(marker));

    String probe = UUID.randomUUID().toString();
    assertEquals(
        200,
        http.get("/scim/v2/Users?filter=" + urlEncode("userName eq \"" + probe + "\""))
            .statusCode());
    String filter =
        http.get("/scim/v2/Users?filter=" + urlEncode("userName xx \"" + probe + "\"")).body();
    assertTrue(filter.contains("invalidFilter"));
    awaitEvents(
        "severity=error&search=" + urlEncode("Query of users failed (400 invalidFilter)"), 1);

    List<JsonObject> keepalives = awaitEvents("type=system&severity=info", 1);
    assertTrue(keepalives.get(0).getBoolean("keepalive"));
    assertEquals(
        0,
        json(http.get("/api/activity?hideKeepalive=true&type=system&severity=info"))
            .getInt("total"));

    assertEquals(400, http.get("/api/activity?type=robot").statusCode());
    assertEquals(400, http.get("/api/activity?since=yesterday").statusCode());
    assertEquals(400, http.get("/api/activity?pageSize=501").statusCode());
  }

  @Test
  void summaryCountsTheLastDayAndWeekAndHours() throws Exception {
    String marker = "summary-" + UUID.randomUUID();
    http.create("/scim/v2/Users", user(marker).toJson());
    awaitEvents("search=" + urlEncode(marker), 1);
    JsonObject summary = json(http.get("/api/activity/summary"));
    JsonObject day = summary.getJsonObject("last24Hours");
    assertTrue(day.getInt("users") >= 1);
    assertEquals(
        day.getInt("total"), day.getInt("users") + day.getInt("groups") + day.getInt("system"));
    assertTrue(summary.getJsonObject("last7Days").getInt("total") >= day.getInt("total"));
    List<JsonObject> hours = summary.getJsonArray("hourly").getValuesAs(JsonObject.class);
    assertEquals(24, hours.size());
    JsonObject now = hours.get(23);
    assertTrue(now.getInt("success") >= 1, now.toString());
  }

  @Test
  void newEventsArriveOnTheLiveStreamAndMissedOnesAreReplayed() throws Exception {
    String first = "live-a-" + UUID.randomUUID();
    http.create("/scim/v2/Users", user(first).toJson());
    String firstId = awaitEvents("search=" + urlEncode(first), 1).get(0).getString("id");

    // Reconnecting after the first event: the stream replays what came later, then goes live.
    String missed = "live-b-" + UUID.randomUUID();
    http.create("/scim/v2/Users", user(missed).toJson());
    awaitEvents("search=" + urlEncode(missed), 1);

    HttpRequest request =
        HttpRequest.newBuilder(URI.create(BASE_URL + "/api/activity/stream"))
            .header("Authorization", "Bearer " + SECRET)
            .header("Accept", "text/event-stream")
            .header("Last-Event-ID", firstId)
            .build();
    HttpResponse<InputStream> stream =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, stream.statusCode());
    assertTrue(
        stream.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
    String live = "live-c-" + UUID.randomUUID();
    List<String> lines = new ArrayList<>();
    CompletableFuture<Boolean> sawLive =
        CompletableFuture.supplyAsync(
            () -> readsUntil(stream.body(), "User " + live + " created", lines));
    Thread.sleep(500); // the stream is open before the write
    http.create("/scim/v2/Users", user(live).toJson());
    assertTrue(sawLive.get(15, TimeUnit.SECONDS), String.join("\n", lines));
    stream.body().close();

    String all = String.join("\n", lines);
    assertTrue(all.contains("event: activity"), all);
    assertTrue(all.contains("User " + missed + " created"), "missed event replayed: " + all);
    assertFalse(all.contains("User " + first + " created"), "nothing before Last-Event-ID");
    assertTrue(all.indexOf(missed) < all.indexOf(live), "replay comes first");
  }

  /** Several consoles left open: provisioning goes on, and each of them gets its events. */
  @Test
  void eachOfEightOpenStreamsGetsTheEventOfACreateMadeMeanwhile() throws Exception {
    // HTTP/1.1: each stream on a connection of its own, as browsers keep them.
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest open =
        HttpRequest.newBuilder(URI.create(BASE_URL + "/api/activity/stream"))
            .header("Authorization", "Bearer " + SECRET)
            .header("Accept", "text/event-stream")
            .build();
    List<HttpResponse<InputStream>> streams = new ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        HttpResponse<InputStream> stream =
            client
                .sendAsync(open, HttpResponse.BodyHandlers.ofInputStream())
                .get(10, TimeUnit.SECONDS);
        assertEquals(200, stream.statusCode());
        streams.add(stream);
      }
      String name = "while-streaming-" + UUID.randomUUID();
      HttpRequest create =
          HttpRequest.newBuilder(URI.create(BASE_URL + "/scim/v2/Users"))
              .header("Authorization", "Bearer " + SECRET)
              .header("Content-Type", "application/scim+json")
              .timeout(java.time.Duration.ofSeconds(10))
              .POST(HttpRequest.BodyPublishers.ofString(user(name).toJson()))
              .build();
      assertEquals(201, client.send(create, HttpResponse.BodyHandlers.ofString()).statusCode());
      for (HttpResponse<InputStream> stream : streams) {
        assertTrue(
            CompletableFuture.supplyAsync(
                    () -> readsUntil(stream.body(), "User " + name + " created", new ArrayList<>()))
                .get(15, TimeUnit.SECONDS),
            "every open stream gets the event");
      }
    } finally {
      for (HttpResponse<InputStream> stream : streams) {
        stream.body().close();
      }
    }
  }

  /** Reads an event stream line by line into {@code seen} until a line contains {@code text}. */
  private static boolean readsUntil(InputStream body, String text, List<String> seen) {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
      for (String line; (line = reader.readLine()) != null; ) {
        seen.add(line);
        if (line.contains(text)) {
          return true;
        }
      }
      return false;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void theStreamNeedsTheAdminToken() {
    HttpResponse<String> refused =
        new io.scimtool.support.HttpCalls(BASE_URL, "wrong").get("/api/activity/stream");
    assertEquals(401, refused.statusCode());
  }
}
