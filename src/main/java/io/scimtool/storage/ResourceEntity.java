package io.scimtool.storage;

import io.scimtool.scim.JsonOut;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every stored SCIM resource row has: the server-assigned id, the client's externalId, the
 * canonical JSON document, the version behind its ETag and the RFC 7643 §3.1 timestamps.
 */
@MappedSuperclass
public abstract class ResourceEntity {
  @Id
  @Column(name = "id", nullable = false, updatable = false, length = 64)
  private String id;

  @Column(name = "external_id")
  private String externalId;

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

  /**
   * Fills the columns every resource row has, for rows read with plain JDBC on the read path: such
   * entities are detached, read-only views (writes always go through the entity manager).
   */
  protected void readResourceColumns(java.sql.ResultSet row) throws java.sql.SQLException {
    id = row.getString("id");
    externalId = row.getString("external_id");
    resourceJson = row.getString("resource_json");
    version = row.getLong("version");
    created = InstantTextConverter.parse(row.getString("created"));
    lastModified = InstantTextConverter.parse(row.getString("last_modified"));
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

  /** {@code ,"meta":{...}} (RFC 7643 §3.1) as JSON text, for representations written as text. */
  public StringBuilder appendMeta(StringBuilder out, String resourceType, String location) {
    JsonOut.string(out.append(",\"meta\":{\"resourceType\":"), resourceType);
    JsonOut.member(out, "created", created.toString());
    JsonOut.member(out, "lastModified", lastModified.toString());
    JsonOut.member(out, "location", location);
    return JsonOut.member(out, "version", etag()).append('}');
  }

  /** RFC 7644 §3.14: a weak entity tag that changes on every modification. */
  public String etag() {
    return "W/\"" + version + "\"";
  }
}
