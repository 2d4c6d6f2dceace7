package io.scimtool.discovery;

import io.scimtool.scim.ServiceProviderCapabilities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Protocol limits from configuration (defaults in microprofile-config.properties). */
@ApplicationScoped
public class ProtocolConfig {
  @Inject
  @ConfigProperty(name = "scim.bulk.max.operations")
  int bulkMaxOperations;

  @Inject
  @ConfigProperty(name = "scim.bulk.max.payload.bytes")
  int bulkMaxPayloadBytes;

  @Inject
  @ConfigProperty(name = "scim.filter.max.results")
  int filterMaxResults;

  public int filterMaxResults() {
    return filterMaxResults;
  }

  public int bulkMaxOperations() {
    return bulkMaxOperations;
  }

  public int bulkMaxPayloadBytes() {
    return bulkMaxPayloadBytes;
  }

  /** What this build implements; changePassword is off: passwords are never stored. */
  public ServiceProviderCapabilities capabilities() {
    boolean patch = true;
    boolean bulk = true;
    boolean filter = true;
    boolean changePassword = false;
    boolean sort = true;
    boolean etag = true;
    return new ServiceProviderCapabilities(
        patch,
        bulk,
        bulkMaxOperations,
        bulkMaxPayloadBytes,
        filter,
        filterMaxResults,
        changePassword,
        sort,
        etag);
  }
}
