package io.scimtool.groups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A SCIM Group row. Members live in {@code scim_group_member}, never in {@code resourceJson}, so
 * adding one member to a large group writes one row.
 */
@Entity
@Table(name = "scim_group")
public class GroupEntity {
  @Id
  @Column(name = "id", nullable = false, updatable = false, length = 64)
  private String id;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  /** Lower-cased displayName: the unique index that makes it case-insensitively unique. */
  @Column(name = "display_name_ci", nullable = false)
  private String displayNameCi;

  @Column(name = "external_id")
  private String externalId;

  @Column(name = "resource_json", nullable = false)
  private String resourceJson;

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

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
    this.displayNameCi = displayName.toLowerCase(Locale.ROOT);
  }

  public String getExternalId() {
    return externalId;
  }

  public void setExternalId(String externalId) {
    this.externalId = externalId;
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
