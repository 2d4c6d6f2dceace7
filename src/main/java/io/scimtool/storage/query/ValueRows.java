package io.scimtool.storage.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Statements that keep a resource's indexed values in step with its document. */
public final class ValueRows {
  /** Five parameters a row; keeps each statement far below driver parameter limits. */
  private static final int ROWS_PER_STATEMENT = 150;

  private ValueRows() {}

  /**
   * What turns the rows of {@code before} into those of {@code after}: the rows whose (path, item)
   * went or whose value changed are deleted, the new and changed ones inserted. A PATCH of two
   * attributes touches four rows instead of rewriting a user's twenty-five. Rows are identified by
   * (path, item), which the indexer never repeats; if it ever did, everything is rewritten.
   */
  public static List<SqlFragment> changes(
      String userId, List<ValueRow> before, List<ValueRow> after) {
    Map<Key, ValueRow> old = byKey(before);
    Map<Key, ValueRow> now = byKey(after);
    if (old == null || now == null) {
      List<SqlFragment> rewrite = new ArrayList<>();
      rewrite.add(deleteAll(userId));
      rewrite.addAll(inserts(userId, after));
      return rewrite;
    }
    List<Key> gone = new ArrayList<>();
    old.forEach(
        (key, row) -> {
          if (!row.equals(now.get(key))) {
            gone.add(key);
          }
        });
    List<ValueRow> added = new ArrayList<>();
    now.forEach(
        (key, row) -> {
          if (!row.equals(old.get(key))) {
            added.add(row);
          }
        });
    List<SqlFragment> statements = new ArrayList<>();
    for (int start = 0; start < gone.size(); start += ROWS_PER_STATEMENT) {
      SqlFragment delete =
          new SqlFragment().sql("DELETE FROM scim_user_value WHERE user_id = ").param(userId);
      List<Key> chunk = gone.subList(start, Math.min(gone.size(), start + ROWS_PER_STATEMENT));
      for (int i = 0; i < chunk.size(); i++) {
        delete
            .sql(i == 0 ? " AND ((path = " : " OR (path = ")
            .param(chunk.get(i).path())
            .sql(" AND item = ")
            .param(chunk.get(i).item())
            .sql(")");
      }
      statements.add(delete.sql(")"));
    }
    statements.addAll(inserts(userId, added));
    return statements;
  }

  private record Key(String path, int item) {}

  /** Rows by (path, item); null when a key repeats. */
  private static Map<Key, ValueRow> byKey(List<ValueRow> rows) {
    Map<Key, ValueRow> keyed = new LinkedHashMap<>();
    for (ValueRow row : rows) {
      if (keyed.put(new Key(row.path(), row.item()), row) != null) {
        return null;
      }
    }
    return keyed;
  }

  public static SqlFragment deleteAll(String userId) {
    return new SqlFragment().sql("DELETE FROM scim_user_value WHERE user_id = ").param(userId);
  }

  /** Multi-row inserts (one statement per {@value #ROWS_PER_STATEMENT} rows). */
  public static List<SqlFragment> inserts(String userId, List<ValueRow> rows) {
    List<SqlFragment> statements = new ArrayList<>();
    for (int start = 0; start < rows.size(); start += ROWS_PER_STATEMENT) {
      SqlFragment insert =
          new SqlFragment()
              .sql(
                  "INSERT INTO scim_user_value (user_id, path, item, value_text, value_ci) VALUES ");
      List<ValueRow> chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_STATEMENT));
      for (int i = 0; i < chunk.size(); i++) {
        ValueRow row = chunk.get(i);
        insert
            .sql(i == 0 ? "(" : ", (")
            .param(userId)
            .sql(", ")
            .param(row.path())
            .sql(", ")
            .param(row.item())
            .sql(", ")
            .param(row.valueText())
            .sql(", ")
            .param(row.valueCi())
            .sql(")");
      }
      statements.add(insert);
    }
    return statements;
  }
}
