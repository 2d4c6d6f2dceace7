package io.scimtool.storage;

import java.sql.SQLException;
import java.util.Locale;

/** Recognises database constraint violations across SQLite and PostgreSQL. */
public final class Constraints {
  private static final String POSTGRES_UNIQUE_VIOLATION = "23505";
  private static final int SQLITE_CONSTRAINT = 19;
  private static final int SQLITE_CONSTRAINT_UNIQUE = 2067;
  private static final int SQLITE_CONSTRAINT_PRIMARYKEY = 1555;

  private Constraints() {}

  /** True when any cause in the chain is a unique or primary-key violation. */
  public static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && isUnique(sql)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static boolean isUnique(SQLException sql) {
    if (POSTGRES_UNIQUE_VIOLATION.equals(sql.getSQLState())) {
      return true;
    }
    int code = sql.getErrorCode();
    if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY) {
      return true;
    }
    String message = sql.getMessage() == null ? "" : sql.getMessage().toUpperCase(Locale.ROOT);
    return code == SQLITE_CONSTRAINT
        && (message.contains("UNIQUE") || message.contains("PRIMARY KEY"));
  }
}
