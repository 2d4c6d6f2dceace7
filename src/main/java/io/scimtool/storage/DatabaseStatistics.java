package io.scimtool.storage;

/** {@code GET /api/database/statistics}: what the database holds and how big it is on disk. */
public record DatabaseStatistics(
    Users users,
    long groups,
    long memberships,
    long requestLogRows,
    Long databaseFileBytes,
    Long walFileBytes,
    String databaseFile) {

  /** Users in total and by {@code active}. */
  public record Users(long total, long active, long inactive) {}
}
