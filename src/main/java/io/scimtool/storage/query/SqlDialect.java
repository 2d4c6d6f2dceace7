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

  public static SqlDialect forProduct(String databaseProductName) {
    return databaseProductName != null
            && databaseProductName.toLowerCase(Locale.ROOT).contains("postgres")
        ? POSTGRESQL
        : SQLITE;
  }
}
