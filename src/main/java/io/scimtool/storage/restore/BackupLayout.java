package io.scimtool.storage.restore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names of things in the backup directory. Generations are {@code scim-<UTC
 * timestamp>-<sequence>.db}; temporary files start with a dot and end in {@code .tmp}, so a
 * half-written file never looks like a generation.
 */
public record BackupLayout(Path directory) {
  public static final String LATEST_COPY = "scim.db";
  private static final Pattern GENERATION = Pattern.compile("scim-\\d{8}T\\d{6}Z-(\\d{6,})\\.db");
  private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.tmp");

  public Path manifest() {
    return directory.resolve("manifest.json");
  }

  public Path manifestTemp() {
    return directory.resolve(".manifest.json.tmp");
  }

  public Path latestCopy() {
    return directory.resolve(LATEST_COPY);
  }

  public Path latestCopyTemp() {
    return directory.resolve("." + LATEST_COPY + ".tmp");
  }

  public Path lease() {
    return directory.resolve("backup.lease");
  }

  public Path leaseTemp() {
    return directory.resolve(".backup.lease.tmp");
  }

  public String generationName(Instant created, long sequence) {
    return "scim-" + DurableFiles.stamp(created) + "-" + String.format("%06d", sequence) + ".db";
  }

  public Path generation(String name) {
    return directory.resolve(name);
  }

  public Path generationTemp(String name) {
    return directory.resolve("." + name + ".tmp");
  }

  public static boolean isGenerationName(String name) {
    return GENERATION.matcher(name).matches();
  }

  public static boolean isTemporaryName(String name) {
    return TEMPORARY.matcher(name).matches();
  }

  /** Generation files present in the directory, newest (highest sequence) first. */
  public List<Path> generationFiles() throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> isGenerationName(file.getFileName().toString()))
          .sorted((a, b) -> Long.compare(sequenceOf(b), sequenceOf(a)))
          .toList();
    }
  }

  /** The sequence number in a generation file name, or -1 for any other name. */
  public static long sequenceOf(Path file) {
    var matcher = GENERATION.matcher(file.getFileName().toString());
    return matcher.matches() ? Long.parseLong(matcher.group(1)) : -1;
  }
}
