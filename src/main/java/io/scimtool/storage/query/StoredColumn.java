package io.scimtool.storage.query;

/** An attribute kept in a column: its value as given, lower-cased, and how it is stored. */
record StoredColumn(String exact, String folded, Comparisons.Kind kind) {}
