package io.scimtool.scim.filter;

import java.util.Optional;

/**
 * RFC 7644 §3.5.2 {@code PATH = attrPath / valuePath [subAttr]}: an attribute, optionally narrowed
 * to the values matching {@code valueFilter}, optionally a sub-attribute of those values.
 */
public record PatchPath(AttrPath attribute, Filter valueFilter, String subAttribute) {

  public Optional<Filter> valueFilterOptional() {
    return Optional.ofNullable(valueFilter);
  }

  public Optional<String> subAttributeOptional() {
    return Optional.ofNullable(subAttribute);
  }
}
