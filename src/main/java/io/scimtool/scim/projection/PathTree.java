package io.scimtool.scim.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The attribute paths of an {@code attributes} or {@code excludedAttributes} list, as a tree of
 * JSON keys (extension URN → attribute → sub-attribute). Keys are lower-cased: attribute names are
 * case-insensitive (RFC 7643 §2.1).
 */
final class PathTree {
  private final Map<String, PathTree> children = new HashMap<>();
  private boolean whole;

  /** The subtree under this key, or null when no listed path goes through it. */
  PathTree child(String key) {
    return children.get(key.toLowerCase(Locale.ROOT));
  }

  /** True when a path ends here: the whole attribute is listed, not just some sub-attributes. */
  boolean isWhole() {
    return whole;
  }

  /** True when no path was listed. */
  boolean isEmpty() {
    return children.isEmpty() && !whole;
  }

  /** True when exactly one path was listed: the whole top-level attribute {@code key}. */
  boolean isOnly(String key) {
    PathTree child = child(key);
    return children.size() == 1 && child != null && child.whole;
  }

  void add(List<String> keys) {
    PathTree node = this;
    for (String key : keys) {
      node = node.children.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new PathTree());
    }
    node.whole = true;
  }
}
