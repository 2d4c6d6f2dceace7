package io.scimtool.scim.resource;

import io.scimtool.scim.ScimJson;
import io.scimtool.scim.projection.AttributeProjection;
import jakarta.json.JsonObject;
import java.net.URI;

/** A stored resource ready to be represented. */
public interface ResourceView {
  String id();

  /** The weak entity tag, e.g. {@code W/"3"}. */
  String etag();

  /** The full representation before attribute projection; {@code base} is the SCIM root. */
  JsonObject toScim(URI base);

  /**
   * The representation as {@code projection} shapes it, as JSON text; {@code base} is the SCIM root
   * ending in '/'. Views override this to write the common cases straight from the stored document.
   */
  default String text(String base, AttributeProjection projection) {
    return ScimJson.write(projection.apply(toScim(URI.create(base))));
  }
}
