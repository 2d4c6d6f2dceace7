package io.scimtool.requestlog;

import static io.scimtool.support.HttpCalls.json;
import static io.scimtool.support.HttpCalls.urlEncode;
import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.HttpCalls;
import io.scimtool.support.LibertyIT;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every SCIM request is recorded, rejected ones included, with secrets redacted. */
class RequestLogIT extends LibertyIT {

  /** Waits for the batch writer (it runs every second) to record a request with {@code text}. */
  private JsonObject awaitEntry(String text, String extraQuery) throws InterruptedException {
    for (int i = 0; i < 40; i++) {
      JsonObject page = json(http.get("/api/logs?text=" + urlEncode(text) + extraQuery));
      if (page.getInt("total") > 0) {
        return page.getJsonArray("items").getJsonObject(0);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no log entry containing " + text);
  }

  @Test
  void requestsAreRecordedWithCorrelationIdsAndWithoutSecrets() throws Exception {
    String userName = "logged-" + UUID.randomUUID() + "@example.com";
    String password = "Pa55-" + UUID.randomUUID();
    HttpResponse<String> created =
        http.postScim("/scim/v2/Users", user(userName).with("password", password).toJson());
    assertEquals(201, created.statusCode(), created.body());
    String requestId = created.headers().firstValue("X-Request-Id").orElseThrow();

    JsonObject entry = awaitEntry(userName, "");
    assertEquals("POST", entry.getString("method"));
    assertEquals(201, entry.getInt("status"));
    assertEquals(userName, entry.getString("identifier"));
    assertEquals(requestId, entry.getString("correlationId"));

    HttpResponse<String> detail = http.get("/api/logs/" + entry.getString("id"));
    assertEquals(200, detail.statusCode());
    assertFalse(detail.body().contains(password), "the password never reaches the log");
    assertFalse(detail.body().contains(SECRET), "the bearer token never reaches the log");
    JsonObject full = json(detail);
    assertTrue(full.getString("requestBody").contains("\"password\":\"[redacted]\""));
    assertTrue(
        full.getString("requestHeaders").contains("Authorization: [redacted]")
            || full.getString("requestHeaders").contains("authorization: [redacted]"));
    assertTrue(full.getString("responseBody").contains(userName));
  }

  @Test
  void rejectedAndMalformedRequestsAreRecordedToo() throws Exception {
    String marker = "unauth-" + UUID.randomUUID();
    HttpResponse<String> unauthorized =
        new HttpCalls(BASE_URL, "wrong-token").get("/scim/v2/Users/" + marker);
    assertEquals(401, unauthorized.statusCode());
    assertTrue(unauthorized.headers().firstValue("X-Request-Id").isPresent());
    JsonObject entry = awaitEntry(marker, "&hasError=true");
    assertEquals(401, entry.getInt("status"));

    String broken = "broken-" + UUID.randomUUID();
    assertEquals(
        400, http.postScim("/scim/v2/Users", "{\"userName\":\"" + broken + "\"").statusCode());
    assertEquals(400, awaitEntry(broken, "&status=400").getInt("status"));
  }

  @Test
  void entraKeepaliveProbesCanBeHidden() throws Exception {
    String guid = UUID.randomUUID().toString();
    assertEquals(
        200,
        http.get("/scim/v2/Users?filter=" + urlEncode("userName eq \"" + guid + "\""))
            .statusCode());
    JsonObject probe = awaitEntry(guid, "");
    assertTrue(probe.getBoolean("keepalive"));
    assertEquals(
        0, json(http.get("/api/logs?hideKeepalive=true&text=" + urlEncode(guid))).getInt("total"));
  }

  @Test
  void badListParametersAreRefused() {
    assertEquals(400, http.get("/api/logs?pageSize=0").statusCode());
    assertEquals(400, http.get("/api/logs?since=yesterday").statusCode());
  }
}
