package io.scimtool.requestlog;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What never reaches the request log: credentials in headers, and secret values in bodies and query
 * strings. Works on raw text, so a malformed body is redacted as well as a valid one.
 */
public final class Redaction {
  public static final String MASK = "[redacted]";

  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key");

  private static final String SECRET_NAMES =
      "password|client_secret|access_token|refresh_token|id_token|secret|token";

  /** {@code "password": "…"} (any JSON string value, escapes included). */
  private static final Pattern JSON_SECRET =
      Pattern.compile(
          "(\"(?i:" + SECRET_NAMES + ")\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"?", Pattern.DOTALL);

  /** {@code password=…} in form bodies and query strings. */
  private static final Pattern FORM_SECRET =
      Pattern.compile("((?:^|[&?])(?i:" + SECRET_NAMES + ")=)[^&]*");

  private Redaction() {}

  public static boolean isSecretHeader(String name) {
    return SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
  }

  public static String header(String name, String value) {
    return isSecretHeader(name) ? MASK : value;
  }

  public static String body(String body) {
    if (body == null || body.isEmpty()) {
      return body;
    }
    String redacted = JSON_SECRET.matcher(body).replaceAll("$1\"" + MASK + "\"");
    return FORM_SECRET.matcher(redacted).replaceAll("$1" + MASK);
  }

  public static String query(String query) {
    return query == null ? null : FORM_SECRET.matcher(query).replaceAll("$1" + MASK);
  }
}
