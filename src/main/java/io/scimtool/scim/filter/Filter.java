package io.scimtool.scim.filter;

/** The RFC 7644 §3.4.2.2 filter AST. */
public sealed interface Filter {

  /** {@code attrPath op compValue}. */
  record Compare(AttrPath path, CompareOp op, Literal value) implements Filter {}

  /** {@code attrPath pr}. */
  record Present(AttrPath path) implements Filter {}

  /** {@code attrPath "[" valFilter "]"}: paths inside the filter are relative to the attribute. */
  record ValuePath(AttrPath path, Filter filter) implements Filter {}

  record And(Filter left, Filter right) implements Filter {}

  record Or(Filter left, Filter right) implements Filter {}

  record Not(Filter filter) implements Filter {}
}
