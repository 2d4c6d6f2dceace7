package io.scimtool.activity;

import java.util.Locale;
import java.util.Optional;

/** How an event should catch the eye. Stored and served in lower case. */
public enum Severity {
  SUCCESS,
  INFO,
  WARNING,
  ERROR;

  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  static Optional<Severity> parse(String text) {
    for (Severity severity : values()) {
      if (severity.text().equalsIgnoreCase(text)) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }
}
