package io.scimtool.admin;

/**
 * {@code GET /api/database/statistics}: what the database holds and how big it is on disk; the
 * request log is counted from its own file ({@code requestLogRows} is null while it is
 * unavailable).
 */
public record DatabaseStatistics(
    Users users,
    long groups,
    long memberships,
    Long requestLogRows,
    Long databaseFileBytes,
    Long walFileBytes,
    String databaseFile,
    Long requestLogFileBytes,
    String requestLogFile) {

  /** Users in total and by {@code active}. */
  public record Users(long total, long active, long inactive) {}
}
