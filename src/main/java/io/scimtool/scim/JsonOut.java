package io.scimtool.scim;

/**
 * Appends JSON text to a {@link StringBuilder} without building a tree: the hot read paths write
 * stored documents (already JSON) into responses, where parsing them into {@code JsonObject}s,
 * copying and writing them again took a third of a GET's CPU.
 */
public final class JsonOut {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonOut() {}

  /** {@code "name":} */
  public static StringBuilder key(StringBuilder out, String name) {
    return string(out, name).append(':');
  }

  /** A JSON string: RFC 8259 §7 escapes for the quote, the backslash and control characters. */
  public static StringBuilder string(StringBuilder out, String value) {
    out.append('"');
    int n = value.length();
    int plain = 0;
    while (plain < n && !needsEscape(value.charAt(plain))) {
      plain++;
    }
    // Most values (ids, names, URLs) need no escape: appended whole. append(String) copies the
    // array; append(CharSequence, start, end) copies char by char (4 % of a large group's read).
    if (plain == n) {
      return out.append(value).append('"');
    }
    out.append(value, 0, plain);
    for (int i = plain; i < n; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  private static boolean needsEscape(char c) {
    return c < 0x20 || c == '"' || c == '\\';
  }

  /** {@code ,"name":"value"} */
  public static StringBuilder member(StringBuilder out, String name, String value) {
    return string(key(out.append(','), name), value);
  }

  /**
   * The members of a JSON object written compactly ({@code {...}}), without its braces, preceded by
   * a comma when there are any; false when {@code object} is not such an object's text.
   */
  public static boolean appendMembers(StringBuilder out, String object) {
    int last = object.length() - 1;
    if (last < 1 || object.charAt(0) != '{' || object.charAt(last) != '}') {
      return false;
    }
    if (last > 1) {
      out.append(',').append(object, 1, last);
    }
    return true;
  }

  /**
   * Whether the compact text of a stored document has the top-level key {@code name}. Exact for
   * documents whose nested objects never use that key: inside a JSON string every quote is escaped,
   * so {@code "name":} (a quote right before the colon) only occurs where a key ends.
   */
  public static boolean hasKey(String object, String name) {
    return object.contains("\"" + name + "\":");
  }
}
