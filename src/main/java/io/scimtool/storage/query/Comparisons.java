package io.scimtool.storage.query;

import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.filter.CompareOp;
import io.scimtool.scim.filter.Literal;
import io.scimtool.storage.InstantTextConverter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** SQL for one RFC 7644 §3.4.2.2 attribute operator applied to a column-like expression. */
final class Comparisons {
  /** How a value is stored, which decides the operators it supports. */
  enum Kind {
    TEXT,
    /** A real boolean column. */
    BOOLEAN,
    /** "true"/"false" text in the value table. */
    BOOLEAN_TEXT,
    /** Fixed-width UTC ISO-8601 text, so text order is time order. */
    DATE_TIME
  }

  private static final char LIKE_ESCAPE = '!';

  private Comparisons() {}

  /**
   * @param exact the expression holding the value as given
   * @param folded the expression holding the lower-cased value (for case-insensitive attributes)
   */
  static SqlFragment compare(
      SqlDialect dialect,
      String attribute,
      String exact,
      String folded,
      Kind kind,
      boolean caseExact,
      CompareOp op,
      Literal literal) {
    if (literal instanceof Literal.Null) {
      return switch (op) {
        case EQ -> new SqlFragment().sql(exact + " IS NULL");
        case NE -> new SqlFragment().sql(exact + " IS NOT NULL");
        default ->
            throw ScimErrors.invalidFilter(
                "Only eq and ne compare with null ('" + attribute + "')");
      };
    }
    return switch (kind) {
      case BOOLEAN, BOOLEAN_TEXT -> bool(attribute, exact, kind, op, literal);
      case DATE_TIME -> dateTime(attribute, exact, op, literal);
      case TEXT -> text(dialect, attribute, caseExact ? exact : folded, caseExact, op, literal);
    };
  }

  /** RFC 7644 §3.4.2.2: {@code pr} is true when the attribute has a non-empty value. */
  static SqlFragment present(String exact, Kind kind) {
    return kind == Kind.TEXT
        ? new SqlFragment().sql("(" + exact + " IS NOT NULL AND " + exact + " <> '')")
        : new SqlFragment().sql(exact + " IS NOT NULL");
  }

  private static SqlFragment bool(
      String attribute, String expression, Kind kind, CompareOp op, Literal literal) {
    // RFC 7644 §3.4.2.2: gt/ge/lt/le and the substring operators on a boolean are invalidFilter.
    if (op != CompareOp.EQ && op != CompareOp.NE) {
      throw ScimErrors.invalidFilter("'" + attribute + "' is boolean: only eq, ne and pr apply");
    }
    boolean value = booleanLiteral(attribute, literal);
    Object parameter = kind == Kind.BOOLEAN ? (Object) value : Boolean.toString(value);
    return new SqlFragment()
        .sql(expression + (op == CompareOp.EQ ? " = " : " <> "))
        .param(parameter);
  }

  private static boolean booleanLiteral(String attribute, Literal literal) {
    if (literal instanceof Literal.Bool b) {
      return b.value();
    }
    String text = literal.asText().toLowerCase(Locale.ROOT);
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    throw ScimErrors.invalidFilter("'" + attribute + "' is boolean; compare it with true or false");
  }

  private static SqlFragment dateTime(
      String attribute, String expression, CompareOp op, Literal literal) {
    if (op.isSubstring()) {
      throw ScimErrors.invalidFilter(
          "'" + attribute + "' is a dateTime: use eq, ne, gt, ge, lt, le");
    }
    String normalized =
        new InstantTextConverter().convertToDatabaseColumn(instant(attribute, literal));
    return ordered(expression, op, normalized);
  }

  private static Instant instant(String attribute, Literal literal) {
    if (literal instanceof Literal.Text text) {
      try {
        return OffsetDateTime.parse(text.value()).toInstant();
      } catch (DateTimeParseException e) {
        // fall through to the error below
      }
    }
    throw ScimErrors.invalidFilter(
        "'"
            + attribute
            + "' is a dateTime: compare it with a quoted xsd:dateTime such as"
            + " \"2026-01-31T12:00:00Z\"");
  }

  private static SqlFragment text(
      SqlDialect dialect,
      String attribute,
      String expression,
      boolean caseExact,
      CompareOp op,
      Literal literal) {
    if (literal instanceof Literal.Bool) {
      throw ScimErrors.invalidFilter("'" + attribute + "' is a string; quote the value");
    }
    String value = caseExact ? literal.asText() : literal.asText().toLowerCase(Locale.ROOT);
    return switch (op) {
      case EQ, GT, GE, LT, LE -> ordered(expression, op, value);
      case NE ->
          new SqlFragment()
              .sql("(" + expression + " IS NULL OR " + expression + " <> ")
              .param(value)
              .sql(")");
      case CO ->
          caseExact
              ? new SqlFragment().sql(dialect.contains(expression)).params(value)
              : like(expression, "%" + escapeLike(value) + "%");
      case SW ->
          caseExact
              ? new SqlFragment()
                  .sql("substr(" + expression + ", 1, length(?)) = ?")
                  .params(value, value)
              : like(expression, escapeLike(value) + "%");
      case EW ->
          caseExact
              ? new SqlFragment()
                  .sql(
                      "(length("
                          + expression
                          + ") >= length(?) AND substr("
                          + expression
                          + ", length("
                          + expression
                          + ") - length(?) + 1) = ?)")
                  .params(value, value, value)
              : like(expression, "%" + escapeLike(value));
    };
  }

  private static SqlFragment ordered(String expression, CompareOp op, String value) {
    String operator =
        switch (op) {
          case EQ -> " = ";
          case GT -> " > ";
          case GE -> " >= ";
          case LT -> " < ";
          case LE -> " <= ";
          case NE -> " <> ";
          default -> throw new IllegalArgumentException(op.name());
        };
    return new SqlFragment().sql(expression + operator).param(value);
  }

  /** Operands are lower-cased on both sides, so LIKE's own case rules never matter. */
  static SqlFragment like(String expression, String pattern) {
    return new SqlFragment()
        .sql(expression + " LIKE ")
        .param(pattern)
        .sql(" ESCAPE '" + LIKE_ESCAPE + "'");
  }

  static String escapeLike(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
        escaped.append(LIKE_ESCAPE);
      }
      escaped.append(c);
    }
    return escaped.toString();
  }
}
