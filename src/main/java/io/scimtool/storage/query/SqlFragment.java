package io.scimtool.storage.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A piece of SQL with its positional parameters, built up in order. */
public final class SqlFragment {
  private final StringBuilder sql = new StringBuilder();
  private final List<Object> parameters = new ArrayList<>();

  public SqlFragment sql(String text) {
    sql.append(text);
    return this;
  }

  public SqlFragment param(Object value) {
    sql.append('?');
    parameters.add(value);
    return this;
  }

  public SqlFragment append(SqlFragment other) {
    sql.append(other.sql);
    parameters.addAll(other.parameters);
    return this;
  }

  /** Writes {@code ?, ?, ...}, one marker per value, for an {@code IN (...)} list. */
  public SqlFragment paramList(List<?> values) {
    for (int i = 0; i < values.size(); i++) {
      sql(i == 0 ? "" : ", ").param(values.get(i));
    }
    return this;
  }

  /** Adds parameters for '?' markers already written with {@link #sql}. */
  public SqlFragment params(Object... values) {
    parameters.addAll(List.of(values));
    return this;
  }

  public String text() {
    return sql.toString();
  }

  /** The parameters in order; an element may be null (SQL NULL). */
  public List<Object> parameters() {
    return Collections.unmodifiableList(parameters);
  }

  /**
   * Admin search boxes: {@code text} (case-insensitive) occurs in any of {@code columns}, as one
   * parenthesised condition.
   */
  public static SqlFragment containsIgnoringCase(String text, String... columns) {
    String pattern =
        "%" + Comparisons.escapeLike(text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
    SqlFragment condition = new SqlFragment().sql("(");
    for (int i = 0; i < columns.length; i++) {
      condition
          .sql(i == 0 ? "" : " OR ")
          .append(Comparisons.like("lower(" + columns[i] + ")", pattern));
    }
    return condition.sql(")");
  }

  @Override
  public String toString() {
    return sql + " " + parameters;
  }
}
