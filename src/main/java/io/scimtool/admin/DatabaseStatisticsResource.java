package io.scimtool.admin;

import io.scimtool.requestlog.RequestLogDatabase;
import io.scimtool.requestlog.RequestLogRepository;
import io.scimtool.storage.DatabaseLocation;
import io.scimtool.storage.SqlRunner;
import io.scimtool.storage.query.SqlFragment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/database/statistics}. Counts run on the read pool, beside the writer. */
@Path("database/statistics")
@ApplicationScoped
public class DatabaseStatisticsResource {
  @Inject SqlRunner sql;
  @Inject RequestLogRepository requestLog;
  @Inject RequestLogDatabase requestLogDatabase;

  @Inject
  @ConfigProperty(name = "DATABASE_URL")
  String databaseUrl;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Users (total, active, inactive), groups, memberships, log rows, file sizes")
  public DatabaseStatistics get() {
    Object[] counts =
        sql.rows(
                new SqlFragment()
                    .sql(
                        "SELECT (SELECT count(*) FROM scim_user),"
                            + " (SELECT count(*) FROM scim_user WHERE active),"
                            + " (SELECT count(*) FROM scim_group),"
                            + " (SELECT count(*) FROM scim_group_member)"))
            .get(0);
    long users = number(counts[0]);
    long active = number(counts[1]);
    java.nio.file.Path file = DatabaseLocation.parse(databaseUrl).file();
    java.nio.file.Path logFile = requestLogDatabase.file().orElse(null);
    return new DatabaseStatistics(
        new DatabaseStatistics.Users(users, active, users - active),
        number(counts[2]),
        number(counts[3]),
        requestLogRows(),
        size(file),
        size(file.resolveSibling(file.getFileName() + "-wal")),
        file.toString(),
        logFile == null ? null : size(logFile),
        logFile == null ? null : logFile.toString());
  }

  private Long requestLogRows() {
    try {
      return requestLogDatabase.failure().isPresent() ? null : requestLog.count();
    } catch (SQLException e) {
      return null;
    }
  }

  private static long number(Object value) {
    return ((Number) value).longValue();
  }

  private static Long size(java.nio.file.Path file) {
    try {
      return Files.exists(file) ? Files.size(file) : null;
    } catch (IOException e) {
      return null;
    }
  }
}
