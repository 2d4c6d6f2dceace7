package io.scimtool.storage.query;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A multi-valued attribute kept in a table of its own (group members, a user's groups): filters on
 * it become {@code outerKey IN (SELECT key FROM ... WHERE ...)}, which uses the table's indexes
 * instead of probing once per resource.
 *
 * @param from the FROM clause, with {@code %1$s} standing for the row alias
 * @param selectedKey the column compared with the resource's id, with {@code %1$s}
 * @param subAttributes sub-attribute name (lower case) to its exact and folded expressions
 */
record Relation(
    String from, String selectedKey, Map<String, Column> subAttributes, String defaultSub) {

  record Column(String exact, String folded) {}

  Optional<Column> column(String subAttribute, String alias) {
    Column column = subAttributes.get(subAttribute.toLowerCase(Locale.ROOT));
    return column == null
        ? Optional.empty()
        : Optional.of(
            new Column(
                String.format(column.exact(), alias), String.format(column.folded(), alias)));
  }

  SqlFragment in(String outerKey, String alias, SqlFragment condition, boolean negated) {
    return new SqlFragment()
        .sql(outerKey + (negated ? " NOT IN (SELECT " : " IN (SELECT "))
        .sql(String.format(selectedKey, alias))
        .sql(" FROM " + String.format(from, alias) + " WHERE ")
        .append(condition)
        .sql(")");
  }
}
