package io.scimtool.storage.query;

import java.util.List;

/** Statements that keep a resource's indexed values in step with its document. */
public final class ValueRows {
  /** Five parameters a row; keeps each statement far below driver parameter limits. */
  private static final int ROWS_PER_STATEMENT = 150;

  private ValueRows() {}

  public static SqlFragment deleteAll(String userId) {
    return new SqlFragment().sql("DELETE FROM scim_user_value WHERE user_id = ").param(userId);
  }

  /** Multi-row inserts (one statement per {@value #ROWS_PER_STATEMENT} rows). */
  public static List<SqlFragment> inserts(String userId, List<ValueRow> rows) {
    List<SqlFragment> statements = new java.util.ArrayList<>();
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
