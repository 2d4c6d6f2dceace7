package io.scimtool.storage;

import io.scimtool.storage.query.SqlDialect;
import io.scimtool.storage.restore.RestoreRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/** What start-up did to the database; read by the health checks and the availability gate. */
@ApplicationScoped
public class StorageState {
  private volatile boolean ready;
  private volatile String schemaVersion;
  private volatile String failure;
  private volatile Map<String, String> connectionSettings = Map.of();
  private volatile SqlDialect dialect = SqlDialect.SQLITE;
  private volatile RestoreRecord restoreRecord;

  void recordRestore(RestoreRecord record) {
    this.restoreRecord = record;
  }

  /** What the restore before start-up did, when the database is a local SQLite file. */
  public Optional<RestoreRecord> restoreRecord() {
    return Optional.ofNullable(restoreRecord);
  }

  void markReady(String schemaVersion, Map<String, String> connectionSettings) {
    this.schemaVersion = schemaVersion;
    this.connectionSettings = Map.copyOf(connectionSettings);
    this.dialect = SqlDialect.forProduct(connectionSettings.get("database"));
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

  /** The database product and, for SQLite, the effective PRAGMAs of the pooled connection. */
  public Map<String, String> connectionSettings() {
    return connectionSettings;
  }

  /** The SQL dialect of the database in use (SQLite or PostgreSQL). */
  public SqlDialect dialect() {
    return dialect;
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
