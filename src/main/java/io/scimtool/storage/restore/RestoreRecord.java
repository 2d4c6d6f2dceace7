package io.scimtool.storage.restore;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one restore: what was used, from where, which checks passed, how long it took and
 * which candidates were rejected and why. Written beside the database so the application can
 * verify, at start-up, what a restore run before it (an init container) did.
 *
 * @param sha256 the checksum the restored file had when it was put in place
 * @param checksumMatch whether the copy matched the manifest's checksum (null: nothing to match)
 * @param verifiedAtStartup whether the application re-checked this restore when it started
 */
@JsonbNillable
public record RestoreRecord(
    RestoreAction action,
    String message,
    String source,
    Long generation,
    String sha256,
    Boolean checksumMatch,
    String integrity,
    long durationMs,
    boolean fallbackUsed,
    List<String> rejected,
    String performedBy,
    Instant at,
    boolean verifiedAtStartup) {

  public RestoreRecord {
    rejected = List.copyOf(rejected);
  }

  RestoreRecord verifiedAtStartup(String integrity, long durationMs) {
    return new RestoreRecord(
        action,
        message + "; verified at start-up",
        source,
        generation,
        sha256,
        checksumMatch,
        integrity,
        this.durationMs + durationMs,
        fallbackUsed,
        rejected,
        performedBy,
        at,
        true);
  }

  public void write(Path file) throws IOException {
    DurableFiles.replaceText(
        file, file.resolveSibling("." + file.getFileName() + ".tmp"), toJsonText());
  }

  public static Optional<RestoreRecord> read(Path file) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (JsonReader reader =
        Json.createReader(new StringReader(Files.readString(file, StandardCharsets.UTF_8)))) {
      JsonObject json = reader.readObject();
      List<String> rejected = new ArrayList<>();
      json.getJsonArray("rejected").forEach(v -> rejected.add(((JsonString) v).getString()));
      return Optional.of(
          new RestoreRecord(
              RestoreAction.valueOf(json.getString("action")),
              json.getString("message"),
              stringOrNull(json, "source"),
              json.isNull("generation") ? null : json.getJsonNumber("generation").longValue(),
              stringOrNull(json, "sha256"),
              json.isNull("checksumMatch") ? null : json.getBoolean("checksumMatch"),
              stringOrNull(json, "integrity"),
              json.getJsonNumber("durationMs").longValue(),
              json.getBoolean("fallbackUsed"),
              rejected,
              json.getString("performedBy"),
              Instant.parse(json.getString("at")),
              json.getBoolean("verifiedAtStartup")));
    } catch (IOException | RuntimeException e) {
      // An unreadable record only loses the history of a past restore, never data.
      return Optional.empty();
    }
  }

  String toJsonText() {
    JsonArrayBuilder rejectedList = Json.createArrayBuilder();
    rejected.forEach(rejectedList::add);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("action", action.name())
            .add("message", message)
            .add("durationMs", durationMs)
            .add("fallbackUsed", fallbackUsed)
            .add("rejected", rejectedList)
            .add("performedBy", performedBy)
            .add("at", at.toString())
            .add("verifiedAtStartup", verifiedAtStartup);
    addOrNull(json, "source", source == null ? null : Json.createValue(source));
    addOrNull(json, "generation", generation == null ? null : Json.createValue(generation));
    addOrNull(json, "sha256", sha256 == null ? null : Json.createValue(sha256));
    addOrNull(
        json,
        "checksumMatch",
        checksumMatch == null ? null : checksumMatch ? JsonValue.TRUE : JsonValue.FALSE);
    addOrNull(json, "integrity", integrity == null ? null : Json.createValue(integrity));
    return json.build().toString() + "\n";
  }

  private static void addOrNull(JsonObjectBuilder json, String name, JsonValue value) {
    json.add(name, value == null ? JsonValue.NULL : value);
  }

  private static String stringOrNull(JsonObject json, String name) {
    return json.isNull(name) ? null : json.getString(name);
  }
}
