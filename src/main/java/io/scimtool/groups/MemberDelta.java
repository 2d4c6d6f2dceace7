package io.scimtool.groups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The net member changes of one write, with names as they are now: a member removed and added back
 * in the same request (PUT, or PATCH replace) is no change at all.
 */
final class MemberDelta {
  private final Map<String, String> added = new LinkedHashMap<>();
  private final Map<String, String> removed = new LinkedHashMap<>();

  void added(String id, String name) {
    if (removed.remove(id) == null) {
      added.put(id, nameOr(id, name));
    }
  }

  void removed(String id, String name) {
    if (added.remove(id) == null) {
      removed.put(id, nameOr(id, name));
    }
  }

  boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty();
  }

  List<String> addedNames() {
    return new ArrayList<>(added.values());
  }

  List<String> removedNames() {
    return new ArrayList<>(removed.values());
  }

  private static String nameOr(String id, String name) {
    return name == null ? id : name;
  }
}
