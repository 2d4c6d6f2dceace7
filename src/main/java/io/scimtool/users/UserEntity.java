package io.scimtool.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A SCIM User row. The full stored representation (canonical attribute names, no id/meta/
 * schemas/groups/password) is JSON text in {@code resourceJson}; the attributes that are looked up
 * or constrained are copied into columns, and every other one into the value index.
 */
@Entity
@Table(name = "scim_user")
public class UserEntity {

  @Id
  @Column(name = "id", nullable = false, updatable = false, length = 64)
  private String id;

  @Column(name = "user_name", nullable = false)
  private String userName;

  /** Lower-cased userName: the unique index that makes userName case-insensitively unique. */
  @Column(name = "user_name_ci", nullable = false)
  private String userNameCi;

  @Column(name = "external_id")
  private String externalId;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "display_name_ci")
  private String displayNameCi;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @Column(name = "resource_json", nullable = false)
  private String resourceJson;

  /** Optimistic lock and the source of the resource's ETag. */
  @Version
  @Column(name = "version", nullable = false)
  private long version;

  @Column(name = "created", nullable = false, updatable = false)
  private Instant created;

  @Column(name = "last_modified", nullable = false)
  private Instant lastModified;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getUserName() {
    return userName;
  }

  public void setUserName(String userName) {
    this.userName = userName;
    this.userNameCi = userName.toLowerCase(Locale.ROOT);
  }

  public String getExternalId() {
    return externalId;
  }

  public void setExternalId(String externalId) {
    this.externalId = externalId;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
    this.displayNameCi = displayName == null ? null : displayName.toLowerCase(Locale.ROOT);
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public String getResourceJson() {
    return resourceJson;
  }

  public void setResourceJson(String resourceJson) {
    this.resourceJson = resourceJson;
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreated() {
    return created;
  }

  public void setCreated(Instant created) {
    this.created = created;
  }

  public Instant getLastModified() {
    return lastModified;
  }

  public void setLastModified(Instant lastModified) {
    this.lastModified = lastModified;
  }
}
