package io.scimtool.scim.filter;

import java.util.Locale;
import java.util.Optional;

/** RFC 7644 §3.4.2.2 Table 3: attribute operators (besides {@code pr}). */
public enum CompareOp {
  EQ,
  NE,
  CO,
  SW,
  EW,
  GT,
  GE,
  LT,
  LE;

  /** Operators are case-insensitive ("EQ", "Eq" and "eq" are the same). */
  public static Optional<CompareOp> parse(String word) {
    try {
      return Optional.of(valueOf(word.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public boolean isOrdering() {
    return this == GT || this == GE || this == LT || this == LE;
  }

  public boolean isSubstring() {
    return this == CO || this == SW || this == EW;
  }
}
