package io.scimtool.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** What start-up did to the database; read by the health checks and the availability gate. */
@ApplicationScoped
public class StorageState {
  private volatile boolean ready;
  private volatile String schemaVersion;
  private volatile String failure;

  void markReady(String schemaVersion) {
    this.schemaVersion = schemaVersion;
    this.failure = null;
    this.ready = true;
  }

  void markFailed(String failure) {
    this.ready = false;
    this.failure = failure;
  }

  /** True once the database is in place and every migration is applied. */
  public boolean isReady() {
    return ready;
  }

  public Optional<String> schemaVersion() {
    return Optional.ofNullable(schemaVersion);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
