package io.scimtool;

import static io.scimtool.support.HttpCalls.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.HttpCalls;
import io.scimtool.support.LibertyIT;
import io.scimtool.support.MigrationFiles;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperationsEndpointsIT extends LibertyIT {
  private final HttpCalls anonymous = http.withToken(null);

  @ParameterizedTest
  @ValueSource(strings = {"/health", "/health/live", "/health/ready", "/health/started"})
  void healthIsUp(String path) {
    HttpResponse<String> response = anonymous.get(path);
    assertEquals(200, response.statusCode(), response.body());
    assertEquals("UP", json(response).getString("status"));
  }

  @Test
  void startupReportsTheSqliteSettingsReallyInForce() {
    JsonObject data =
        json(anonymous.get("/health/started"))
            .getJsonArray("checks")
            .getJsonObject(0)
            .getJsonObject("data");
    assertEquals(MigrationFiles.latestVersion(), data.getString("schemaVersion"));
    assertEquals("wal", data.getString("journal_mode"));
    assertEquals("1", data.getString("foreign_keys"));
    assertEquals("10000", data.getString("busy_timeout"));
    assertTrue(data.getString("database").startsWith("SQLite"));
  }

  @Test
  void metricsAndOpenApiAreServed() {
    HttpResponse<String> metrics = anonymous.get("/metrics");
    assertEquals(200, metrics.statusCode());
    assertTrue(metrics.body().contains("jvm_uptime_seconds"), "base metrics present");
    HttpResponse<String> openapi = anonymous.get("/openapi");
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("openapi:"));
  }

  @Test
  void serviceProviderConfigIsScimJson() {
    HttpResponse<String> response = http.get("/scim/v2/ServiceProviderConfig");
    assertEquals(200, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/scim+json"));
    JsonObject spc = json(response);
    assertEquals(
        "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig",
        spc.getJsonArray("schemas").getString(0));
    assertTrue(spc.getJsonObject("bulk").containsKey("maxOperations"));
    assertTrue(spc.getJsonObject("filter").containsKey("maxResults"));
    for (String implemented : new String[] {"patch", "bulk", "filter", "sort", "etag"}) {
      assertTrue(spc.getJsonObject(implemented).getBoolean("supported"), implemented);
    }
  }

  @Test
  void unknownScimEndpointIs404ScimError() {
    HttpResponse<String> response = http.get("/scim/v2/NoSuchEndpoint");
    assertEquals(404, response.statusCode());
    assertEquals("404", json(response).getString("status"));
  }

  @Test
  void versionNamesTheBuildAndTheRuntime() throws Exception {
    JsonObject version = json(http.get("/api/version"));
    Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").start();
    String commit = new String(git.getInputStream().readAllBytes()).strip();
    // Built outside a git checkout, the build cannot know its commit and says so.
    assertEquals(git.waitFor() == 0 ? commit : "unknown", version.getString("commit"));
    assertEquals(System.getProperty("java.runtime.version"), version.getString("java"));
    assertTrue(version.getString("liberty").matches("\\d+\\.\\d+\\.\\d+\\.\\d+"));
    assertTrue(version.getString("version").matches("\\d+\\.\\d+\\.\\d+.*"));
    assertTrue(version.getString("buildTime").matches("\\d{4}-\\d{2}-\\d{2}T.*"));
  }
}
