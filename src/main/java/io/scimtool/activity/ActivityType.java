package io.scimtool.activity;

import java.util.Locale;
import java.util.Optional;

/** What an event is about. Stored and served in lower case. */
public enum ActivityType {
  USER,
  GROUP,
  SYSTEM;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<ActivityType> parse(String text) {
    for (ActivityType type : values()) {
      if (type.text().equalsIgnoreCase(text)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
