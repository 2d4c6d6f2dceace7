package io.scimtool.storage.restore;

import java.io.IOException;
import java.time.Clock;

/**
 * The restore as a stand-alone step (an init container, or an entrypoint before the server starts),
 * configured by the same environment variables as the server: {@code DATABASE_URL}, {@code
 * BACKUP_DIR}, {@code RESTORE_ALLOW_EMPTY}. Prints the restore record; exits 0 when the server may
 * start, 2 when it must not (backups exist but none is valid), 1 on any other error.
 */
public final class RestoreMain {
  private RestoreMain() {}

  public static void main(String[] args) {
    try {
      RestoreSettings settings = RestoreSettings.from(System::getenv);
      RestoreRecord record =
          new Restorer(settings, Restorer.Performer.RESTORE_TOOL, Clock.systemUTC()).run();
      System.out.println(record.toJsonText().strip());
      System.exit(record.action().allowsStart() ? 0 : 2);
    } catch (IOException | RuntimeException e) {
      System.err.println("Restore failed: " + e);
      System.exit(1);
    }
  }
}
