package io.scimtool;

import java.sql.SQLTransientException;
import java.util.Optional;

/**
 * Failures the database calls transient: the same work may succeed when tried again. Shared by the
 * SCIM error mapping (503 instead of 500) and the journals (a batch kept instead of dropped).
 */
public final class TransientFailures {
  private TransientFailures() {}

  /**
   * The {@link SQLTransientException} in {@code failure}'s cause chain (itself included), such as
   * Liberty's wait for a pooled connection timing out (J2CA0045E).
   */
  public static Optional<SQLTransientException> cause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLTransientException transientFailure) {
        return Optional.of(transientFailure);
      }
    }
    return Optional.empty();
  }
}
