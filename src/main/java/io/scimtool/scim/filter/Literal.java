package io.scimtool.scim.filter;

import java.math.BigDecimal;

/** RFC 7644 §3.4.2.2 {@code compValue = false / null / true / number / string}. */
public sealed interface Literal {
  record Text(String value) implements Literal {}

  record Number(BigDecimal value) implements Literal {
    public static Number of(String digits) {
      return new Number(new BigDecimal(digits));
    }
  }

  record Bool(boolean value) implements Literal {}

  record Null() implements Literal {}

  Null NULL = new Null();
  Bool TRUE = new Bool(true);
  Bool FALSE = new Bool(false);

  static Text text(String value) {
    return new Text(value);
  }

  /** The literal as text, for comparing against stored values (null for {@code null}). */
  default String asText() {
    if (this instanceof Text t) {
      return t.value();
    }
    if (this instanceof Number n) {
      return n.value().toPlainString();
    }
    if (this instanceof Bool b) {
      return Boolean.toString(b.value());
    }
    return null;
  }
}
