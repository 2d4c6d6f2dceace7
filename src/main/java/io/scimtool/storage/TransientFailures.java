package io.scimtool.storage;

import java.sql.SQLTransientException;

/** Failures the database calls transient: the same work may succeed when tried again. */
public final class TransientFailures {
  private TransientFailures() {}

  /**
   * True when {@code failure} or one of its causes is a {@link SQLTransientException}, such as
   * Liberty's wait for a pooled connection timing out (J2CA0045E).
   */
  public static boolean isTransient(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientException) {
        return true;
      }
    }
    return false;
  }
}
