package io.scimtool.scim.filter;

import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimException;
import io.scimtool.scim.filter.FilterLexer.Kind;
import io.scimtool.scim.filter.FilterLexer.Token;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One recursive-descent parser for the RFC 7644 §3.4.2.2 filter grammar and the §3.5.2 PATCH path
 * grammar, which is built from the same pieces. Precedence: {@code not} binds tightest, then {@code
 * and}, then {@code or} (§3.4.2.2, Table 5). Keywords and operators are case-insensitive.
 */
public final class FilterParser {
  /** Bounds recursion, so hostile input gets a 400 rather than a stack overflow. */
  static final int MAX_DEPTH = 50;

  static final int MAX_LENGTH = 8192;

  /** {@code ATTRNAME = ALPHA *(nameChar)}; {@code $ref} is the one name starting with '$'. */
  private static final Pattern ATTRNAME = Pattern.compile("(?:[A-Za-z][A-Za-z0-9_-]*|\\$ref)");

  private final List<Token> tokens;
  private final String errorSubject;
  private int index;
  private int depth;

  private FilterParser(String input, String errorSubject) {
    if (input == null || input.isBlank()) {
      throw error(errorSubject + " is empty");
    }
    if (input.length() > MAX_LENGTH) {
      throw error(errorSubject + " is longer than " + MAX_LENGTH + " characters");
    }
    this.errorSubject = errorSubject;
    this.tokens = FilterLexer.tokenize(input);
  }

  /** Parses a {@code filter} query parameter or {@code .search} filter. */
  public static Filter parseFilter(String filter) {
    FilterParser parser = new FilterParser(filter, "The filter");
    Filter parsed = parser.or(false);
    parser.expectEnd();
    return parsed;
  }

  /** Parses a PATCH operation {@code path}; errors are {@code invalidPath}. */
  public static PatchPath parsePath(String path) {
    try {
      FilterParser parser = new FilterParser(path, "The path");
      PatchPath parsed = parser.patchPath();
      parser.expectEnd();
      return parsed;
    } catch (ScimException e) {
      throw ScimErrors.invalidPath(e.detail());
    }
  }

  /** Parses a bare attribute path (as in {@code attributes}, {@code sortBy}). */
  public static AttrPath parseAttrPath(String text) {
    String trimmed = text == null ? "" : text.strip();
    if (trimmed.isEmpty()) {
      throw error("The attribute name is empty");
    }
    return attrPath(trimmed, 0);
  }

  private PatchPath patchPath() {
    Token word = expect(Kind.WORD, "an attribute name");
    AttrPath attribute = attrPath(word.text(), word.position());
    if (peek().kind() != Kind.LBRACKET) {
      return new PatchPath(attribute, null, null);
    }
    Filter valueFilter = bracketedFilter(attribute);
    String sub = null;
    if (peek().kind() == Kind.WORD && peek().text().startsWith(".")) {
      Token subToken = next();
      sub = subToken.text().substring(1);
      if (!ATTRNAME.matcher(sub).matches()) {
        throw error(
            "'"
                + subToken.text()
                + "' at position "
                + subToken.position()
                + " is not a valid sub-attribute");
      }
    }
    if (attribute.subAttribute() != null) {
      throw error("A value filter must follow a multi-valued attribute, not '" + attribute + "'");
    }
    return new PatchPath(attribute, valueFilter, sub);
  }

  private Filter or(boolean inValuePath) {
    Filter left = and(inValuePath);
    while (isKeyword(peek(), "or")) {
      next();
      left = new Filter.Or(left, and(inValuePath));
    }
    return left;
  }

  private Filter and(boolean inValuePath) {
    Filter left = unary(inValuePath);
    while (isKeyword(peek(), "and")) {
      next();
      left = new Filter.And(left, unary(inValuePath));
    }
    return left;
  }

  private Filter unary(boolean inValuePath) {
    if (++depth > MAX_DEPTH) {
      throw error(errorSubject + " is nested more than " + MAX_DEPTH + " levels deep");
    }
    try {
      Token token = peek();
      if (isKeyword(token, "not")) {
        next();
        expect(Kind.LPAREN, "'(' after 'not'");
        Filter inner = or(inValuePath);
        expect(Kind.RPAREN, "')'");
        return new Filter.Not(inner);
      }
      if (token.kind() == Kind.LPAREN) {
        next();
        Filter inner = or(inValuePath);
        expect(Kind.RPAREN, "')'");
        return inner;
      }
      return attributeExpression(inValuePath);
    } finally {
      depth--;
    }
  }

  private Filter attributeExpression(boolean inValuePath) {
    Token word = expect(Kind.WORD, "an attribute name");
    if (isLogicalKeyword(word.text())) {
      throw error(
          "Expected an attribute name at position "
              + word.position()
              + " but found '"
              + word.text()
              + "'");
    }
    AttrPath path = attrPath(word.text(), word.position());
    if (peek().kind() == Kind.LBRACKET) {
      if (inValuePath) {
        throw error("Value filters cannot be nested (position " + peek().position() + ")");
      }
      if (path.subAttribute() != null) {
        throw error("A value filter must follow a multi-valued attribute, not '" + path + "'");
      }
      return new Filter.ValuePath(path, bracketedFilter(path));
    }
    Token operator = next();
    if (operator.kind() != Kind.WORD) {
      throw error(
          "Expected an operator after '"
              + word.text()
              + "' at position "
              + operator.position()
              + describe(operator));
    }
    if (operator.text().equalsIgnoreCase("pr")) {
      return new Filter.Present(path);
    }
    CompareOp op =
        CompareOp.parse(operator.text())
            .orElseThrow(
                () ->
                    error(
                        "Unknown operator '"
                            + operator.text()
                            + "' at position "
                            + operator.position()
                            + "; expected one of eq, ne, co, sw, ew, gt, ge, lt, le, pr"));
    return new Filter.Compare(path, op, literal(word.text()));
  }

  private Filter bracketedFilter(AttrPath path) {
    expect(Kind.LBRACKET, "'['");
    if (peek().kind() == Kind.RBRACKET) {
      throw error("The value filter of '" + path + "' is empty");
    }
    Filter inner = or(true);
    expect(Kind.RBRACKET, "']'");
    return inner;
  }

  private Literal literal(String attribute) {
    Token token = next();
    if (token.kind() == Kind.STRING) {
      return Literal.text(token.text());
    }
    if (token.kind() != Kind.WORD) {
      throw error("Expected a value after the operator on '" + attribute + "'" + describe(token));
    }
    String text = token.text();
    switch (text.toLowerCase(Locale.ROOT)) {
      case "true":
        return Literal.TRUE;
      case "false":
        return Literal.FALSE;
      case "null":
        return Literal.NULL;
      default:
        break;
    }
    if (text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
      return Literal.Number.of(text);
    }
    throw error(
        "The value '"
            + text
            + "' at position "
            + token.position()
            + " must be a quoted string, a number, true, false or null");
  }

  static AttrPath attrPath(String word, int position) {
    String uri = null;
    String rest = word;
    if (word.regionMatches(true, 0, "urn:", 0, 4)) {
      int colon = word.lastIndexOf(':');
      uri = word.substring(0, colon);
      rest = word.substring(colon + 1);
      if (uri.length() <= 4 || rest.isEmpty()) {
        throw error("'" + word + "' at position " + position + " is not a valid attribute path");
      }
    }
    String name = rest;
    String sub = null;
    int dot = rest.indexOf('.');
    if (dot >= 0) {
      name = rest.substring(0, dot);
      sub = rest.substring(dot + 1);
    }
    if (!ATTRNAME.matcher(name).matches() || (sub != null && !ATTRNAME.matcher(sub).matches())) {
      throw error("'" + word + "' at position " + position + " is not a valid attribute path");
    }
    return new AttrPath(uri, name, sub);
  }

  private void expectEnd() {
    Token token = peek();
    if (token.kind() != Kind.END) {
      throw error(
          "Unexpected '"
              + token.text()
              + "' at position "
              + token.position()
              + (token.kind() == Kind.WORD ? "; expected 'and', 'or' or the end" : ""));
    }
  }

  private Token expect(Kind kind, String what) {
    Token token = next();
    if (token.kind() != kind) {
      throw error("Expected " + what + " at position " + token.position() + describe(token));
    }
    return token;
  }

  private static String describe(Token token) {
    return token.kind() == Kind.END ? " but the text ended" : " but found '" + token.text() + "'";
  }

  private Token peek() {
    return tokens.get(index);
  }

  private Token next() {
    Token token = tokens.get(index);
    if (token.kind() != Kind.END) {
      index++;
    }
    return token;
  }

  private static boolean isKeyword(Token token, String keyword) {
    return token.kind() == Kind.WORD && token.text().equalsIgnoreCase(keyword);
  }

  private static boolean isLogicalKeyword(String word) {
    return word.equalsIgnoreCase("and") || word.equalsIgnoreCase("or");
  }

  private static ScimException error(String detail) {
    return ScimErrors.invalidFilter(detail);
  }
}
