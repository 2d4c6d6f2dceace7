package io.scimtool.oauth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body (RFC 6749 Appendix B), read by ourselves so
 * that a repeated parameter is seen (§3.2: parameters MUST NOT be included more than once) and the
 * request log sees the body as it came.
 */
final class FormBody {
  private FormBody() {}

  /** Parameters by name; empty values count as omitted (§3.1, §3.2). */
  static Map<String, String> parse(String body) {
    Map<String, String> parameters = new HashMap<>();
    if (body == null) {
      return parameters;
    }
    for (String pair : body.strip().split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      if (parameters.containsKey(name)) {
        throw OAuthError.invalidRequest("Parameter " + name + " is included more than once");
      }
      parameters.put(name, value);
    }
    parameters.values().removeIf(String::isEmpty);
    return parameters;
  }

  static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw OAuthError.invalidRequest("The request body is not valid form encoding");
    }
  }
}
