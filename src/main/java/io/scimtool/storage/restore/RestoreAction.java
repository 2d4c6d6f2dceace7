package io.scimtool.storage.restore;

/** What a restore did with the local database. */
public enum RestoreAction {
  /** The local database was present and passed {@code quick_check}. */
  LOCAL_DATABASE_USED,
  /** A verified generation was copied from the backup directory. */
  RESTORED_FROM_BACKUP,
  /** A database left on the share by the old design was recovered on local disk. */
  RECOVERED_LEGACY_DATABASE,
  /** Nothing to restore (or allowed to start empty): a new database is created. */
  STARTED_EMPTY,
  /** Backups exist but none is valid: the service must not start on an empty database. */
  FAILED;

  public boolean allowsStart() {
    return this != FAILED;
  }
}
