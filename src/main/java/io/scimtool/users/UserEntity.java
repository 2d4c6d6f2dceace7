package io.scimtool.users;

import io.scimtool.storage.ResourceEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A SCIM User row. The full stored representation (canonical attribute names, no id/meta/
 * schemas/groups/password) is JSON text in {@code resourceJson}; the attributes that are looked up
 * or constrained are copied into columns, and every other one into the value index.
 */
@Entity
@Table(name = "scim_user")
public class UserEntity extends ResourceEntity {
  @Column(name = "user_name", nullable = false)
  private String userName;

  /** Lower-cased userName: the unique index that makes userName case-insensitively unique. */
  @Column(name = "user_name_ci", nullable = false)
  private String userNameCi;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "display_name_ci")
  private String displayNameCi;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
    this.userNameCi = userName.toLowerCase(Locale.ROOT);
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
    this.displayNameCi = displayName == null ? null : displayName.toLowerCase(Locale.ROOT);
  }

  /** The name groups show for this user as a member: displayName, else userName. */
  public String memberName() {
    return displayName != null ? displayName : userName;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  /** A detached, read-only user from a row read with plain JDBC (the read path). */
  public static UserEntity fromRow(java.sql.ResultSet row) throws java.sql.SQLException {
    UserEntity user = new UserEntity();
    user.readResourceColumns(row);
    user.setUserName(row.getString("user_name"));
    user.setDisplayName(row.getString("display_name"));
    user.active = row.getBoolean("active");
    return user;
  }
}
