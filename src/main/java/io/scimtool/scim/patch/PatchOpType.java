package io.scimtool.scim.patch;

import java.util.Locale;
import java.util.Optional;

/** RFC 7644 §3.5.2: the {@code op} of a PATCH operation. */
public enum PatchOpType {
  ADD,
  REPLACE,
  REMOVE;

  /** Case-insensitive: Microsoft Entra ID sends "Add", "Replace" and "Remove". */
  public static Optional<PatchOpType> parse(String text) {
    for (PatchOpType type : values()) {
      if (type.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
