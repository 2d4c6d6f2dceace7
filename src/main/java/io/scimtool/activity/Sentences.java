package io.scimtool.activity;

import java.util.List;

/** Small helpers for readable sentences. */
final class Sentences {
  /** At most this many names are written into a sentence; the rest are counted. */
  static final int NAMES_IN_SENTENCE = 3;

  /** At most this many names are kept in an event's member list. */
  static final int NAMES_KEPT = 100;

  private Sentences() {}

  /** "Alice", "Alice and Bob", "Alice, Bob and Carol", "Alice, Bob, Carol and 7 others". */
  static String names(List<String> names) {
    int shown = Math.min(names.size(), NAMES_IN_SENTENCE);
    int rest = names.size() - shown;
    if (rest > 0) {
      return String.join(", ", names.subList(0, shown))
          + " and "
          + rest
          + (rest == 1 ? " other" : " others");
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }

  static List<String> kept(List<String> names) {
    return names.size() <= NAMES_KEPT ? names : names.subList(0, NAMES_KEPT);
  }

  /** Quotes nothing, trims and shortens: event texts are for reading, not for parsing. */
  static String shorten(String text, int max) {
    if (text == null) {
      return null;
    }
    String flat = text.strip().replace('\n', ' ');
    return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
  }
}
