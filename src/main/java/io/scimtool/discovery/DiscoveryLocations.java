package io.scimtool.discovery;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** Absolute {@code meta.location} of a discovery resource. */
final class DiscoveryLocations {
  private DiscoveryLocations() {}

  /**
   * Appended as text rather than through {@code UriBuilder.path}, so a schema URN stays exactly as
   * its id: ':' is a legal path character (RFC 3986 §3.3 pchar) and must not become %3A.
   */
  static URI of(UriInfo uriInfo, String endpoint, String id) {
    String base = uriInfo.getBaseUri().toString();
    String root = base.endsWith("/") ? base : base + "/";
    return URI.create(root + endpoint + "/" + id);
  }
}
