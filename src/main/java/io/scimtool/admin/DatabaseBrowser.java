package io.scimtool.admin;

import io.scimtool.storage.ListPage;
import io.scimtool.storage.SqlRunner;
import io.scimtool.storage.query.SqlFragment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The console's view of what identity providers provisioned: users and groups as rows, searched
 * (case-insensitive) and filtered in SQL before paging, on the read pool.
 */
@ApplicationScoped
public class DatabaseBrowser {
  @Inject SqlRunner sql;

  public record UserRow(
      String id,
      String userName,
      String displayName,
      String externalId,
      boolean active,
      String created,
      String lastModified) {}

  public record GroupRow(
      String id,
      String displayName,
      String externalId,
      long memberCount,
      String created,
      String lastModified) {}

  /** A member as the console shows it; {@code exists} is false for a dangling reference. */
  public record MemberRow(String id, String type, String name, boolean exists) {}

  public record GroupRef(String id, String displayName) {}

  public ListPage<UserRow> users(String search, Boolean active, int page, int pageSize) {
    SqlFragment where = new SqlFragment().sql(" WHERE 1 = 1");
    if (search != null && !search.isBlank()) {
      where
          .sql(" AND ")
          .append(
              SqlFragment.containsIgnoringCase(search, "user_name", "display_name", "external_id"));
    }
    if (active != null) {
      where.sql(" AND active = ").param(active);
    }
    return sql.listPage(
        "id, user_name, display_name, external_id, active, created, last_modified",
        new SqlFragment().sql(" FROM scim_user").append(where),
        "user_name_ci, id",
        page,
        pageSize,
        DatabaseBrowser::user);
  }

  public ListPage<GroupRow> groups(String search, int page, int pageSize) {
    SqlFragment where = new SqlFragment().sql(" WHERE 1 = 1");
    if (search != null && !search.isBlank()) {
      where
          .sql(" AND ")
          .append(SqlFragment.containsIgnoringCase(search, "g.display_name", "g.external_id"));
    }
    return sql.listPage(
        "g.id, g.display_name, g.external_id, g.created, g.last_modified,"
            + " (SELECT COUNT(*) FROM scim_group_member m WHERE m.group_id = g.id) AS member_count",
        new SqlFragment().sql(" FROM scim_group g").append(where),
        "g.display_name_ci, g.id",
        page,
        pageSize,
        row ->
            new GroupRow(
                row.getString("id"),
                row.getString("display_name"),
                row.getString("external_id"),
                row.getLong("member_count"),
                row.getString("created"),
                row.getString("last_modified")));
  }

  /** The groups a user is a member of, by name. */
  public List<GroupRef> groupsOf(String userId) {
    return sql.list(
        new SqlFragment()
            .sql(
                "SELECT g.id, g.display_name FROM scim_group_member m"
                    + " JOIN scim_group g ON g.id = m.group_id WHERE m.member_id = ")
            .param(userId)
            .sql(" ORDER BY g.display_name_ci"),
        row -> new GroupRef(row.getString(1), row.getString(2)));
  }

  /**
   * A group's members with their current names. A member whose user or group no longer exists is
   * kept and shown as such, never hidden.
   */
  public List<MemberRow> membersOf(String groupId) {
    return sql.list(
        new SqlFragment()
            .sql(
                "SELECT m.member_id, m.member_type,"
                    + " COALESCE(u.display_name, u.user_name, g.display_name) AS name,"
                    + " CASE WHEN u.id IS NULL AND g.id IS NULL THEN 0 ELSE 1 END AS present"
                    + " FROM scim_group_member m"
                    + " LEFT JOIN scim_user u ON u.id = m.member_id"
                    + " LEFT JOIN scim_group g ON g.id = m.member_id"
                    + " WHERE m.group_id = ")
            .param(groupId)
            .sql(" ORDER BY m.added, m.member_id"),
        row ->
            new MemberRow(
                row.getString("member_id"),
                row.getString("member_type"),
                row.getString("name"),
                row.getInt("present") == 1));
  }

  private static UserRow user(ResultSet row) throws SQLException {
    return new UserRow(
        row.getString("id"),
        row.getString("user_name"),
        row.getString("display_name"),
        row.getString("external_id"),
        row.getBoolean("active"),
        row.getString("created"),
        row.getString("last_modified"));
  }
}
