package io.scimtool.scim.filter;

import io.scimtool.scim.ScimErrors;
import java.util.ArrayList;
import java.util.List;

/** Splits filter and path text into tokens; positions are kept for error messages. */
final class FilterLexer {
  enum Kind {
    LPAREN,
    RPAREN,
    LBRACKET,
    RBRACKET,
    STRING,
    WORD,
    END
  }

  record Token(Kind kind, String text, int position) {}

  private final String input;
  private int pos;

  private FilterLexer(String input) {
    this.input = input;
  }

  static List<Token> tokenize(String input) {
    return new FilterLexer(input).run();
  }

  private List<Token> run() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (pos >= input.length()) {
        tokens.add(new Token(Kind.END, "", pos));
        return tokens;
      }
      char c = input.charAt(pos);
      switch (c) {
        case '(' -> tokens.add(single(Kind.LPAREN));
        case ')' -> tokens.add(single(Kind.RPAREN));
        case '[' -> tokens.add(single(Kind.LBRACKET));
        case ']' -> tokens.add(single(Kind.RBRACKET));
        case '"' -> tokens.add(string());
        default -> tokens.add(word());
      }
    }
  }

  private void skipWhitespace() {
    while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) {
      pos++;
    }
  }

  private Token single(Kind kind) {
    return new Token(kind, String.valueOf(input.charAt(pos)), pos++);
  }

  private Token word() {
    int start = pos;
    while (pos < input.length()) {
      char c = input.charAt(pos);
      if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '"') {
        break;
      }
      pos++;
    }
    return new Token(Kind.WORD, input.substring(start, pos), start);
  }

  /** A JSON string (RFC 8259 §7): the same escapes as JSON. */
  private Token string() {
    int start = pos++;
    StringBuilder value = new StringBuilder();
    while (pos < input.length()) {
      char c = input.charAt(pos++);
      if (c == '"') {
        return new Token(Kind.STRING, value.toString(), start);
      }
      if (c == '\\') {
        if (pos >= input.length()) {
          break;
        }
        char escaped = input.charAt(pos++);
        switch (escaped) {
          case '"', '\\', '/' -> value.append(escaped);
          case 'b' -> value.append('\b');
          case 'f' -> value.append('\f');
          case 'n' -> value.append('\n');
          case 'r' -> value.append('\r');
          case 't' -> value.append('\t');
          case 'u' -> value.append(unicodeEscape(start));
          default ->
              throw ScimErrors.invalidFilter(
                  "Invalid escape \\" + escaped + " in the string at position " + (pos - 2));
        }
      } else {
        value.append(c);
      }
    }
    throw ScimErrors.invalidFilter("The string starting at position " + start + " is not closed");
  }

  private char unicodeEscape(int stringStart) {
    if (pos + 4 > input.length()) {
      throw ScimErrors.invalidFilter(
          "Incomplete \\u escape in the string at position " + stringStart);
    }
    String hex = input.substring(pos, pos + 4);
    pos += 4;
    try {
      return (char) Integer.parseInt(hex, 16);
    } catch (NumberFormatException e) {
      throw ScimErrors.invalidFilter("Invalid \\u escape '" + hex + "' in a string");
    }
  }
}
