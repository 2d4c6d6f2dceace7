package io.scimtool.requestlog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
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

  /**
   * {@code name=value} in form bodies and query strings; the name is compared after decoding, so
   * {@code client%5Fsecret=…} (which the token endpoint reads as {@code client_secret}) is masked.
   */
  private static final Pattern FORM_FIELD = Pattern.compile("(?:^|[&?])([^&=?]+)=([^&]*)");

  private static final Pattern SECRET_NAME = Pattern.compile("(?i:" + SECRET_NAMES + ")");

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
    return form(redacted);
  }

  public static String query(String query) {
    return query == null ? null : form(query);
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
