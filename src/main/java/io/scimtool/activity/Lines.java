package io.scimtool.activity;

import java.util.Arrays;
import java.util.List;

/** Lists of short texts stored as one column, one line each. */
final class Lines {
  private Lines() {}

  static String join(List<String> lines) {
    if (lines.isEmpty()) {
      return null;
    }
    return String.join("\n", lines.stream().map(l -> l.replace('\n', ' ')).toList());
  }

  static List<String> split(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }
}
