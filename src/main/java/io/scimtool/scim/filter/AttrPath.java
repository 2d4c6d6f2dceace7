package io.scimtool.scim.filter;

import java.util.Locale;
import java.util.Optional;

/**
 * RFC 7644 §3.4.2.2 {@code attrPath = [URI ":"] ATTRNAME *1subAttr}. Purely syntactic: whether
 * {@code uri} names a schema is decided when the path is resolved against one.
 */
public record AttrPath(String uri, String name, String subAttribute) {

  public AttrPath {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("attribute name required");
    }
  }

  public static AttrPath of(String name) {
    return new AttrPath(null, name, null);
  }

  public static AttrPath of(String name, String subAttribute) {
    return new AttrPath(null, name, subAttribute);
  }

  public Optional<String> uriOptional() {
    return Optional.ofNullable(uri);
  }

  public Optional<String> subAttributeOptional() {
    return Optional.ofNullable(subAttribute);
  }

  /** The same path with a sub-attribute (replacing any). */
  public AttrPath withSubAttribute(String sub) {
    return new AttrPath(uri, name, sub);
  }

  /** Canonical text, lower-cased: attribute names are case-insensitive (RFC 7643 §2.1). */
  public String key() {
    StringBuilder key = new StringBuilder();
    if (uri != null) {
      key.append(uri).append(':');
    }
    key.append(name);
    if (subAttribute != null) {
      key.append('.').append(subAttribute);
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return (uri == null ? "" : uri + ":") + name + (subAttribute == null ? "" : "." + subAttribute);
  }
}
