package io.scimtool.storage.backup;

import io.scimtool.storage.restore.BackupLayout;
import io.scimtool.storage.restore.DurableFiles;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The single-writer lease: a small file in the backup directory naming the instance that publishes
 * and until when. An instance that finds another live owner does not publish.
 */
final class BackupLease {
  /** Who holds the lease and until when. */
  record Holder(String owner, Instant expiresAt) {
    boolean liveAt(Instant now) {
      return expiresAt.isAfter(now);
    }
  }

  private final BackupLayout layout;
  private final String owner;
  private final Duration duration;
  private volatile Holder lastSeen;

  BackupLease(BackupLayout layout, String owner, Duration duration) {
    this.layout = layout;
    this.owner = owner;
    this.duration = duration;
  }

  String owner() {
    return owner;
  }

  Optional<Holder> lastSeen() {
    return Optional.ofNullable(lastSeen);
  }

  /** Takes or renews the lease; returns the other live holder if someone else has it. */
  Optional<Holder> acquire(Instant now) throws IOException {
    Optional<Holder> current = read();
    if (current.isPresent() && !current.get().owner().equals(owner) && current.get().liveAt(now)) {
      lastSeen = current.get();
      return current;
    }
    write(new Holder(owner, now.plus(duration)));
    Optional<Holder> confirmed = read();
    if (confirmed.isPresent() && !confirmed.get().owner().equals(owner)) {
      lastSeen = confirmed.get();
      return confirmed; // lost a race to another instance
    }
    lastSeen = confirmed.orElse(null);
    return Optional.empty();
  }

  /** True when our lease has less than two thirds of its time left. */
  boolean dueForRenewal(Instant now) {
    Holder seen = lastSeen;
    return seen == null
        || !seen.owner().equals(owner)
        || seen.expiresAt().isBefore(now.plus(duration.multipliedBy(2).dividedBy(3)));
  }

  /** Gives the lease up (on shutdown) if we hold it. */
  void release(Instant now) throws IOException {
    Optional<Holder> current = read();
    if (current.isPresent() && current.get().owner().equals(owner)) {
      write(new Holder(owner, now));
    }
  }

  private Optional<Holder> read() throws IOException {
    if (!Files.exists(layout.lease())) {
      return Optional.empty();
    }
    try (JsonReader reader =
        Json.createReader(
            new StringReader(Files.readString(layout.lease(), StandardCharsets.UTF_8)))) {
      JsonObject json = reader.readObject();
      return Optional.of(
          new Holder(json.getString("owner"), Instant.parse(json.getString("expiresAt"))));
    } catch (RuntimeException unreadable) {
      return Optional.empty(); // a torn or foreign lease file does not block publishing forever
    }
  }

  private void write(Holder holder) throws IOException {
    Files.createDirectories(layout.directory());
    String json =
        Json.createObjectBuilder()
                .add("owner", holder.owner())
                .add("expiresAt", holder.expiresAt().toString())
                .add("renewedAt", Instant.now().toString())
                .build()
                .toString()
            + "\n";
    DurableFiles.replaceText(layout.lease(), layout.leaseTemp(), json);
  }
}
