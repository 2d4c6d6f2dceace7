package io.scimtool;

import static io.scimtool.support.HttpCalls.json;
import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.HttpCalls;
import io.scimtool.support.PackagedServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The packaged server started by {@code bin/server} with only environment variables, as the
 * container and the scripts start it: data survives a restart, the environment overrides the
 * defaults, and a missing secret is generated and announced once.
 */
class PackagedServerIT {
  private static final String PORT = "19081";

  @Test
  void dataSurvivesARestartAndSecretsBehave() throws Exception {
    Path data = Path.of("target/packaged-it/data");
    PackagedServer.deleteRecursively(data.getParent());
    String secret = "restart-" + UUID.randomUUID();
    String databaseUrl = "file:" + data.toAbsolutePath().resolve("nested/scim.db");

    try (PackagedServer server =
        PackagedServer.create("scimtool-packaged-it")
            .env("HTTP_PORT", PORT)
            .env("DATABASE_URL", databaseUrl)
            .env("SCIM_SHARED_SECRET", secret)) {
      Duration firstStart = server.start();
      System.out.println("packaged server ready in " + firstStart.toMillis() + " ms");
      assertFalse(
          server.log().contains("adminCenter-1.0") || server.log().contains("admin-center"),
          "by default the optional Admin Center is neither included nor loaded");
      HttpCalls http = new HttpCalls(server.baseUrl(), secret);
      String userName = "persisted-" + UUID.randomUUID() + "@example.com";
      HttpResponse<String> created =
          http.postScim("/scim/v2/Users", user(userName).name("Pat", "Persist").toJson());
      assertEquals(201, created.statusCode(), created.body());
      String id = json(created).getString("id");
      assertTrue(
          Files.exists(data.resolve("nested/scim.db")),
          "the database is where DATABASE_URL says, its directory created");

      server.stop();
      server.start();
      HttpResponse<String> read = http.get("/scim/v2/Users/" + id);
      assertEquals(200, read.statusCode(), read.body());
      assertEquals(userName, json(read).getString("userName"));
      assertEquals("Persist", json(read).getJsonObject("name").getString("familyName"));
      assertFalse(server.log().contains(secret), "a configured secret never reaches the log");

      // Without SCIM_SHARED_SECRET: a random secret, announced once, that works for this process.
      server.stop();
      server.env("SCIM_SHARED_SECRET", null).start();
      Matcher announced = Pattern.compile("Generated secret: (\\S+)").matcher(server.log());
      assertTrue(announced.find(), "the generated secret is printed with a warning");
      String generated = announced.group(1);
      assertFalse(announced.find(), "printed once");
      assertTrue(generated.length() >= 40, "strong: 256 random bits");
      assertEquals(401, http.get("/scim/v2/Users/" + id).statusCode(), "old secret refused");
      assertEquals(200, http.withToken(generated).get("/scim/v2/Users/" + id).statusCode());
    }
  }
}
