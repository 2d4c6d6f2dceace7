package io.scimtool.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server as operators run it: a Liberty server directory holding the production
 * server.xml and the WAR, started and stopped with {@code bin/server}, configured only by
 * environment variables.
 */
public final class PackagedServer implements AutoCloseable {
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);

  private final Path wlp;
  private final String name;
  private final Map<String, String> environment = new HashMap<>();

  private PackagedServer(Path wlp, String name) {
    this.wlp = wlp;
    this.name = name;
  }

  /** Lays out a fresh server directory named {@code name} with the production configuration. */
  public static PackagedServer create(String name) {
    Path wlp = Path.of(System.getProperty("scimtool.wlp.dir"));
    Path serverDir = wlp.resolve("usr/servers").resolve(name);
    try {
      deleteRecursively(serverDir);
      Files.createDirectories(serverDir.resolve("dropins"));
      Path config = Path.of(System.getProperty("scimtool.server.config"));
      for (String file : new String[] {"server.xml", "jvm.options", "server.env"}) {
        Files.copy(config.resolve(file), serverDir.resolve(file));
      }
      // The optional Admin Center's configuration, as the image has it (included only when
      // ADMIN_CENTER_ENABLED=true).
      Files.createDirectories(serverDir.resolve("admin-center"));
      try (var files = Files.list(config.resolve("admin-center"))) {
        for (Path file : files.toList()) {
          Files.copy(file, serverDir.resolve("admin-center").resolve(file.getFileName()));
        }
      }
      Files.copy(
          Path.of(System.getProperty("scimtool.war")),
          serverDir.resolve("dropins/scimtool.war"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PackagedServer(wlp, name);
  }

  public PackagedServer env(String key, String value) {
    if (value == null) {
      environment.remove(key);
    } else {
      environment.put(key, value);
    }
    return this;
  }

  public Path messagesLog() {
    return wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log");
  }

  public String log() {
    try {
      return Files.readString(messagesLog(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts the server and waits until {@code /health/ready} answers UP. */
  public Duration start() {
    Instant began = Instant.now();
    serverCommand("start");
    HttpCalls anonymous = new HttpCalls(baseUrl(), null);
    while (Duration.between(began, Instant.now()).compareTo(READY_TIMEOUT) < 0) {
      try {
        HttpResponse<String> ready = anonymous.get("/health/ready");
        if (ready.statusCode() == 200 && ready.body().contains("\"database\"")) {
          return Duration.between(began, Instant.now());
        }
      } catch (UncheckedIOException notListeningYet) {
        // keep polling
      }
      sleep(250);
    }
    throw new IllegalStateException("server " + name + " not ready within " + READY_TIMEOUT);
  }

  public void stop() {
    serverCommand("stop");
  }

  /**
   * Starts a server that is expected not to become ready, and waits until its start-up health check
   * has answered (DOWN), returning that answer.
   */
  public HttpResponse<String> startExpectingNotReady() {
    Instant began = Instant.now();
    serverCommand("start");
    HttpCalls anonymous = new HttpCalls(baseUrl(), null);
    while (Duration.between(began, Instant.now()).compareTo(READY_TIMEOUT) < 0) {
      try {
        HttpResponse<String> started = anonymous.get("/health/started");
        if (started.body().contains("database-migrations")) {
          return started;
        }
      } catch (UncheckedIOException notListeningYet) {
        // keep polling
      }
      sleep(250);
    }
    throw new IllegalStateException("server " + name + " did not answer within " + READY_TIMEOUT);
  }

  /** {@code kill -9}: the process dies with no chance to clean up, as in a node failure. */
  public void kill() {
    Path pidFile = wlp.resolve("usr/servers/.pid").resolve(name + ".pid");
    try {
      long pid = Long.parseLong(Files.readString(pidFile).strip());
      ProcessHandle process =
          ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
      process.destroyForcibly();
      process.onExit().get(30, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("could not kill server " + name, e);
    }
  }

  public Path serverDirectory() {
    return wlp.resolve("usr/servers").resolve(name);
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + environment.getOrDefault("HTTP_PORT", "9080");
  }

  @Override
  public void close() {
    stop();
  }

  private void serverCommand(String action) {
    ProcessBuilder builder =
        new ProcessBuilder(List.of(wlp.resolve("bin/server").toString(), action, name))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT);
    clearServerSettings(builder.environment());
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      if (!process.waitFor(READY_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("server " + action + " timed out");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Removes the server's settings inherited from the test JVM (failsafe sets some for the
   * Arquillian server), so a process started with {@code environment} sees only what it is given.
   */
  public static void clearServerSettings(Map<String, String> environment) {
    environment
        .keySet()
        .removeIf(
            key ->
                key.equals("SCIM_SHARED_SECRET")
                    || key.equals("ADMIN_SECRET")
                    || key.equals("DATABASE_URL")
                    || key.equals("HTTP_PORT")
                    || key.startsWith("OAUTH_")
                    || key.startsWith("BACKUP_")
                    || key.startsWith("RESTORE_")
                    || key.startsWith("ADMIN_CENTER_"));
  }

  public static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var paths = Files.walk(path)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
