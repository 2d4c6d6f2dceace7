package io.scimtool.storage;

import io.scimtool.storage.query.SqlFragment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.file.Files;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code /api/database/statistics}. Counts run on the read pool, beside the writer. */
@Path("database/statistics")
@ApplicationScoped
public class DatabaseStatisticsResource {
  @Inject SqlRunner sql;

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
                            + " (SELECT count(*) FROM scim_group_member),"
                            + " (SELECT count(*) FROM request_log)"))
            .get(0);
    long users = number(counts[0]);
    long active = number(counts[1]);
    java.nio.file.Path file = DatabaseLocation.parse(databaseUrl).file();
    return new DatabaseStatistics(
        new DatabaseStatistics.Users(users, active, users - active),
        number(counts[2]),
        number(counts[3]),
        number(counts[4]),
        size(file),
        size(file.resolveSibling(file.getFileName() + "-wal")),
        file.toString());
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
