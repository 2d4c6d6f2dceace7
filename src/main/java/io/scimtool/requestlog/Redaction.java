package io.scimtool.requestlog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What never reaches the request log: credentials in headers, and secret values in bodies and query
 * strings. Works on raw text, so a malformed body is redacted as well as a valid one.
 */
public final class Redaction {
  public static final String MASK = "[redacted]";

  private static final List<String> SECRET_HEADERS =
      List.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");

  /** Lower case; every one contains "password", "secret" or "token" (see mayHoldSecret). */
  private static final List<String> SECRET_NAME_LIST =
      List.of(
          "password",
          "client_secret",
          "access_token",
          "refresh_token",
          "id_token",
          "secret",
          "token");

  private static final String SECRET_NAMES = String.join("|", SECRET_NAME_LIST);

  /** {@code "password": "…"} (any JSON string value, escapes included). */
  private static final Pattern JSON_SECRET =
      Pattern.compile(
          "(\"(?i:" + SECRET_NAMES + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"?", Pattern.DOTALL);

  /**
   * {@code name=value} in form bodies and query strings; the name is compared after decoding, so
   * {@code client%5Fsecret=…} (which the token endpoint reads as {@code client_secret}) is masked.
   */
  private static final Pattern FORM_FIELD = Pattern.compile("(?:^|[&?])([^&=?]+)=([^&]*)");

  private static final Pattern SECRET_NAME = Pattern.compile("(?i:" + SECRET_NAMES + ")");

  /** The first letters of the secret names, either case: most quotes are ruled out by one look. */
  private static final boolean[] FIRST_LETTER = new boolean[128];

  static {
    for (String name : SECRET_NAME_LIST) {
      FIRST_LETTER[name.charAt(0)] = true;
      FIRST_LETTER[Character.toUpperCase(name.charAt(0))] = true;
    }
  }

  private Redaction() {}

  public static boolean isSecretHeader(String name) {
    for (String secret : SECRET_HEADERS) {
      if (secret.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  public static String header(String name, String value) {
    return isSecretHeader(name) ? MASK : value;
  }

  public static String body(String body) {
    if (body == null || body.isEmpty() || !mayHoldSecret(body)) {
      return body;
    }
    String redacted = JSON_SECRET.matcher(body).replaceAll("$1\"" + MASK + "\"");
    return redacted.indexOf('=') < 0 ? redacted : form(redacted);
  }

  /**
   * Whether {@code text} can hold a secret at all, checked without regular expressions (they cost a
   * quarter of a GET's CPU when run on every body, and almost no body passes this check). A form
   * field needs an '=': then any secret word, or a percent sign that may hide one in a field name,
   * counts. Otherwise only a JSON key can hold one: a quote directly followed by a secret name.
   */
  static boolean mayHoldSecret(String text) {
    if (text.indexOf('=') >= 0) {
      return hasSecretWordOrPercent(text);
    }
    for (int quote = text.indexOf('"'); quote >= 0; quote = text.indexOf('"', quote + 1)) {
      if (secretNameAt(text, quote + 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasSecretWordOrPercent(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == '%'
          || (c | 0x20) == 'p' && startsWithLowerCase(text, i, "password")
          || (c | 0x20) == 's' && startsWithLowerCase(text, i, "secret")
          || (c | 0x20) == 't' && startsWithLowerCase(text, i, "token")) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@link #SECRET_NAME_LIST} starts at {@code at}, in any case. */
  private static boolean secretNameAt(String text, int at) {
    if (at >= text.length()) {
      return false;
    }
    char letter = text.charAt(at);
    if (letter >= 128 || !FIRST_LETTER[letter]) {
      return false;
    }
    int first = letter | 0x20;
    for (String name : SECRET_NAME_LIST) {
      if (first == name.charAt(0) && startsWithLowerCase(text, at, name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * ASCII case-insensitive {@code text.startsWith(word, at)} for a lower-case {@code word}: {@code
   * c | 0x20} equals a lower-case letter only for that letter in either case ('_' is compared as it
   * is).
   */
  private static boolean startsWithLowerCase(String text, int at, String word) {
    if (text.length() - at < word.length()) {
      return false;
    }
    for (int k = 1; k < word.length(); k++) {
      char c = text.charAt(at + k);
      char expected = word.charAt(k);
      if ((expected == '_' ? c : c | 0x20) != expected) {
        return false;
      }
    }
    return true;
  }

  public static String query(String query) {
    return query == null || !mayHoldSecret(query) ? query : form(query);
  }

  private static String form(String text) {
    Matcher field = FORM_FIELD.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (field.find()) {
      if (SECRET_NAME.matcher(decode(field.group(1))).matches()) {
        field.appendReplacement(out, "");
        out.append(text, field.start(), field.start(2)).append(MASK);
      }
    }
    field.appendTail(out);
    return out.toString();
  }

  private static String decode(String name) {
    try {
      return URLDecoder.decode(name, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return name;
    }
  }
}
