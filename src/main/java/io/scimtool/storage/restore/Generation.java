package io.scimtool.storage.restore;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One published, verified backup file and the facts checked when it was published. {@code
 * contentSha256} identifies the data regardless of header counters (see {@link
 * Checksums#contentSha256}); it decides whether a new snapshot differs from this generation.
 */
public record Generation(
    String file,
    long sequence,
    String sha256,
    long sizeBytes,
    Instant created,
    Instant snapshotStartedAt,
    String schemaVersion,
    String appVersion,
    Map<String, Long> rowCounts,
    String integrity,
    String contentSha256) {

  public Generation {
    rowCounts = Map.copyOf(rowCounts);
  }

  JsonObject toJson() {
    JsonObjectBuilder counts = Json.createObjectBuilder();
    rowCounts.forEach(counts::add);
    return Json.createObjectBuilder()
        .add("file", file)
        .add("sequence", sequence)
        .add("sha256", sha256)
        .add("sizeBytes", sizeBytes)
        .add("created", created.toString())
        .add("snapshotStartedAt", snapshotStartedAt.toString())
        .add("schemaVersion", schemaVersion)
        .add("appVersion", appVersion)
        .add("rowCounts", counts)
        .add("integrity", integrity)
        .add("contentSha256", contentSha256 == null ? "" : contentSha256)
        .build();
  }

  static Generation fromJson(JsonObject json) {
    Map<String, Long> counts = new LinkedHashMap<>();
    JsonObject rowCounts = json.getJsonObject("rowCounts");
    if (rowCounts != null) {
      rowCounts.forEach(
          (key, value) -> {
            if (value.getValueType() == JsonValue.ValueType.NUMBER) {
              counts.put(key, ((JsonNumber) value).longValue());
            }
          });
    }
    return new Generation(
        json.getString("file"),
        json.getJsonNumber("sequence").longValue(),
        json.getString("sha256"),
        json.getJsonNumber("sizeBytes").longValue(),
        Instant.parse(json.getString("created")),
        Instant.parse(json.getString("snapshotStartedAt", json.getString("created"))),
        json.getString("schemaVersion", "unknown"),
        json.getString("appVersion", "unknown"),
        counts,
        json.getString("integrity", "unknown"),
        json.getString("contentSha256", ""));
  }
}
