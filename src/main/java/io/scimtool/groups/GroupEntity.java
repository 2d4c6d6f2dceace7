package io.scimtool.groups;

import io.scimtool.storage.ResourceEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A SCIM Group row. Members live in {@code scim_group_member}, never in {@code resourceJson}, so
 * adding one member to a large group writes one row.
 */
@Entity
@Table(name = "scim_group")
public class GroupEntity extends ResourceEntity {
  @Column(name = "display_name", nullable = false)
  private String displayName;

  /** Lower-cased displayName: the unique index that makes it case-insensitively unique. */
  @Column(name = "display_name_ci", nullable = false)
  private String displayNameCi;

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
    this.displayNameCi = displayName.toLowerCase(Locale.ROOT);
  }

  /** A detached, read-only group from a row read with plain JDBC (the read path). */
  public static GroupEntity fromRow(java.sql.ResultSet row) throws java.sql.SQLException {
    GroupEntity group = new GroupEntity();
    group.readResourceColumns(row);
    group.setDisplayName(row.getString("display_name"));
    return group;
  }
}
