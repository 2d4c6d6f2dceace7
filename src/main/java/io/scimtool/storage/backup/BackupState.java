package io.scimtool.storage.backup;

/** What the backup machinery is doing, as the status endpoint and console show it. */
public enum BackupState {
  /** {@code BACKUP_DIR} is not set: nothing is backed up. */
  DISABLED,
  /** The database did not start (for example a failed restore): nothing may be published. */
  BLOCKED,
  /** Waiting for changes or for the next interval. */
  IDLE,
  /** A backup is running now. */
  RUNNING,
  /** The last attempt failed; the schedule keeps trying. */
  FAILING,
  /** Another live instance holds the lease; this one does not publish. */
  STANDBY
}
