package io.scimtool.storage.query;

import java.util.Locale;

/** The few SQL spellings that differ between the databases the product runs on. */
public enum SqlDialect {
  SQLITE("instr(%s, ?) > 0"),
  POSTGRESQL("strpos(%s, ?) > 0");

  private final String containsTemplate;

  SqlDialect(String containsTemplate) {
    this.containsTemplate = containsTemplate;
  }

  /** Case-sensitive substring test (LIKE is case-insensitive on SQLite). */
  String contains(String expression) {
    return String.format(containsTemplate, expression);
  }

  /**
   * Names the index a lookup must use. SQLite's planner always takes a unique index for an equality
   * on its column, even where a covering index answers without reading the row; PostgreSQL chooses
   * index-only scans itself.
   */
  public String indexedBy(String index) {
    return this == SQLITE ? " INDEXED BY " + index : "";
  }

  public static SqlDialect forProduct(String databaseProductName) {
    return databaseProductName != null
            && databaseProductName.toLowerCase(Locale.ROOT).contains("postgres")
        ? POSTGRESQL
        : SQLITE;
  }
}
