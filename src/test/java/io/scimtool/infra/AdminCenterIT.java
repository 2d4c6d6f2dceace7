package io.scimtool.infra;

import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.HttpCalls;
import io.scimtool.support.PackagedServer;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;

/**
 * The optional Liberty Admin Center on the packaged server, switched on only by environment
 * variables as the container is: the HTTPS port with its generated certificate shows the login, the
 * administrator from the environment (and nobody else) gets in, the monitoring data includes the
 * SCIM connection pool, a request forwarded by a TLS-terminating ingress (X-Forwarded-Proto) is
 * served on the ingress's own host, SCIM is unaffected, and no password reaches the log.
 */
class AdminCenterIT {
  private static final String HTTP_PORT = System.getProperty("scimtool.it.admin.port", "19084");
  private static final String HTTPS_PORT =
      System.getProperty("scimtool.it.admin.https.port", "19443");
  private static final String SCIM_SECRET = "admin-center-it-" + UUID.randomUUID();
  private static final String PASSWORD = "ac-" + UUID.randomUUID();
  private static final String KEYSTORE_PASSWORD = "ks-" + UUID.randomUUID();

  @Test
  void adminCenterOnlyWithItsCredentialsOverHttps() throws Exception {
    Path data = Path.of("target/admin-center-it");
    PackagedServer.deleteRecursively(data);
    try (PackagedServer server =
        PackagedServer.create("scimtool-admin-center-it")
            .env("HTTP_PORT", HTTP_PORT)
            .env("DATABASE_URL", "file:" + data.toAbsolutePath().resolve("scim.db"))
            .env("SCIM_SHARED_SECRET", SCIM_SECRET)
            .env("ADMIN_CENTER_ENABLED", "true")
            .env("ADMIN_CENTER_USER", "operator")
            .env("ADMIN_CENTER_PASSWORD", PASSWORD)
            .env("ADMIN_CENTER_KEYSTORE_PASSWORD", KEYSTORE_PASSWORD)
            .env("ADMIN_CENTER_HTTPS_PORT", HTTPS_PORT)) {
      Duration started = server.start();
      System.out.println("server with Admin Center ready in " + started.toMillis() + " ms");
      waitForPort(Integer.parseInt(HTTPS_PORT));
      String https = "https://127.0.0.1:" + HTTPS_PORT;
      String http = server.baseUrl();

      // The HTTPS port (Liberty's self-signed certificate) leads to the login form.
      HttpResponse<String> root = send(https + "/adminCenter/", null, null);
      assertEquals(302, root.statusCode());
      assertEquals(
          https + "/adminCenter/login.jsp", root.headers().firstValue("Location").orElseThrow());
      HttpResponse<String> login = send(https + "/adminCenter/login.jsp", null, null);
      assertEquals(200, login.statusCode());
      assertTrue(login.body().contains("j_password"), "the login form");

      // The administrator from the environment, and nobody else, reads the server's MBeans.
      String jvm = https + "/IBMJMXConnectorREST/mbeans/WebSphere%3Atype%3DJvmStats/attributes";
      assertEquals(200, send(jvm, "operator", PASSWORD).statusCode());
      assertEquals(401, send(jvm, "operator", "wrong-" + PASSWORD).statusCode());
      assertEquals(401, send(jvm, "admin", PASSWORD).statusCode());
      assertEquals(401, send(jvm, null, null).statusCode());

      // SCIM works as before on the HTTP port, and its connection pool is monitored.
      HttpResponse<String> created =
          new HttpCalls(http, SCIM_SECRET)
              .postScim("/scim/v2/Users", user("admin-center-" + UUID.randomUUID()).toJson());
      assertEquals(201, created.statusCode(), created.body());
      HttpResponse<String> pools =
          send(
              https
                  + "/IBMJMXConnectorREST/mbeans?objectName="
                  + URLEncoder.encode(
                      "WebSphere:type=ConnectionPoolStats,*", StandardCharsets.UTF_8),
              "operator",
              PASSWORD);
      assertEquals(200, pools.statusCode());
      assertTrue(pools.body().contains("jdbc/scim"), pools.body());

      // Plain HTTP is sent to HTTPS; behind a TLS-terminating ingress (X-Forwarded-Proto) the
      // request counts as secure and stays on the ingress's host.
      HttpResponse<String> clear = send(http + "/adminCenter/", null, null);
      assertEquals(302, clear.statusCode());
      assertTrue(
          clear.headers().firstValue("Location").orElseThrow().startsWith(https + "/"),
          clear.headers().toString());
      HttpResponse<String> forwarded =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(http + "/adminCenter/"))
                  .header("X-Forwarded-Proto", "https")
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(302, forwarded.statusCode());
      assertEquals(
          "https://127.0.0.1:" + HTTP_PORT + "/adminCenter/login.jsp",
          forwarded.headers().firstValue("Location").orElseThrow(),
          "the login form, on the host and port the request came to (the ingress's)");

      String log = server.log();
      assertTrue(log.contains("adminCenter-1.0"), "the feature is loaded");
      assertFalse(log.contains(PASSWORD), "the Admin Center password never reaches the log");
      assertFalse(log.contains(KEYSTORE_PASSWORD), "nor does the keystore password");
      try (Stream<Path> logs = Files.walk(server.serverDirectory().resolve("logs"))) {
        for (Path file : logs.filter(Files::isRegularFile).toList()) {
          String text = Files.readString(file, StandardCharsets.ISO_8859_1);
          assertFalse(text.contains(PASSWORD) || text.contains(KEYSTORE_PASSWORD), file::toString);
        }
      }
    }
  }

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** Trusts the server's self-signed certificate; never follows redirects. */
  private static final HttpClient HTTPS =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .sslContext(trustingEverything())
          .build();

  private static HttpResponse<String> send(String url, String user, String password)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    if (user != null) {
      String basic = user + ":" + password;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    HttpClient client = url.startsWith("https:") ? HTTPS : HTTP;
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The HTTPS listener starts a moment after the HTTP one (certificate generation). */
  private static void waitForPort(int port) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      try (Socket ignored = new Socket("127.0.0.1", port)) {
        return;
      } catch (java.io.IOException notYet) {
        Thread.sleep(250);
      }
    }
    throw new AssertionError("nothing listens on " + port);
  }

  private static SSLContext trustingEverything() {
    TrustManager trustAll =
        new X509ExtendedTrustManager() {
          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType) {}

          @Override
          public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

          @Override
          public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

          @Override
          public void checkClientTrusted(
              X509Certificate[] chain, String authType, SSLEngine engine) {}

          @Override
          public void checkServerTrusted(
              X509Certificate[] chain, String authType, SSLEngine engine) {}

          @Override
          public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
          }
        };
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
      return context;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
