package io.scimtool.scim.resource;

import jakarta.json.JsonObject;
import java.net.URI;

/** A stored resource ready to be represented. */
public interface ResourceView {
  String id();

  /** The weak entity tag, e.g. {@code W/"3"}. */
  String etag();

  /** The full representation before attribute projection; {@code base} is the SCIM root. */
  JsonObject toScim(URI base);
}
