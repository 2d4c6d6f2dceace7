package io.scimtool.storage.restore;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code manifest.json} in the backup directory: every published generation, newest first. It is
 * replaced atomically after a generation file is in place, so it never names a file that is not
 * complete.
 */
public record BackupManifest(Instant updated, List<Generation> generations) {
  static final int FORMAT = 1;

  public BackupManifest {
    generations =
        generations.stream()
            .sorted(Comparator.comparingLong(Generation::sequence).reversed())
            .toList();
  }

  public static BackupManifest empty() {
    return new BackupManifest(Instant.EPOCH, List.of());
  }

  public Optional<Generation> newest() {
    return generations.isEmpty() ? Optional.empty() : Optional.of(generations.get(0));
  }

  public long nextSequence() {
    return newest().map(g -> g.sequence() + 1).orElse(1L);
  }

  public BackupManifest with(Generation generation, Instant now) {
    List<Generation> all = new ArrayList<>(generations);
    all.add(generation);
    return new BackupManifest(now, all);
  }

  public BackupManifest retaining(List<Generation> kept, Instant now) {
    return new BackupManifest(now, kept);
  }

  /** Reads the manifest; an absent file is an empty manifest, an unreadable one an error. */
  public static Optional<BackupManifest> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      JsonObject json = reader.readObject();
      List<Generation> generations = new ArrayList<>();
      for (JsonValue value : json.getJsonArray("generations")) {
        generations.add(Generation.fromJson(value.asJsonObject()));
      }
      return Optional.of(new BackupManifest(Instant.parse(json.getString("updated")), generations));
    } catch (RuntimeException e) {
      throw new IOException(
          "The backup manifest " + file + " is not readable: " + e.getMessage(), e);
    }
  }

  public String toJsonText() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    generations.forEach(generation -> list.add(generation.toJson()));
    JsonObject json =
        Json.createObjectBuilder()
            .add("format", FORMAT)
            .add("updated", updated.toString())
            .add("generations", list)
            .build();
    StringWriter out = new StringWriter();
    try (var writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
      writer.write(json);
    }
    return out.toString().strip() + "\n";
  }
}
