package io.scimtool.oauth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * RFC 6749 §2.3.1: the client authenticates with HTTP Basic ({@code client_id} and {@code
 * client_secret} form-encoded, then joined by a colon) or with both as body parameters, never with
 * both methods at once. The secret is never part of a message or {@code toString()}.
 */
record ClientCredentials(String id, String secret, boolean basic) {
  private static final String BASIC = "basic ";

  static ClientCredentials from(String authorization, Map<String, String> form) {
    if (authorization != null && !authorization.isBlank()) {
      if (!authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
        throw OAuthError.invalidClient("Client authentication must use HTTP Basic");
      }
      if (form.containsKey("client_secret")) {
        throw OAuthError.invalidRequest("Use one client authentication method, not two");
      }
      ClientCredentials basic = basic(authorization.substring(BASIC.length()).strip());
      String formId = form.get("client_id");
      if (formId != null && !formId.equals(basic.id())) {
        throw OAuthError.invalidRequest("client_id differs from the HTTP Basic user name");
      }
      return basic;
    }
    String id = form.get("client_id");
    String secret = form.get("client_secret");
    if (id == null || secret == null) {
      throw OAuthError.invalidClient(
          "Client authentication is required: HTTP Basic or client_id and client_secret");
    }
    return new ClientCredentials(id, secret, false);
  }

  private static ClientCredentials basic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw OAuthError.invalidClient("The HTTP Basic credentials are not valid base64");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      throw OAuthError.invalidClient("The HTTP Basic credentials have no client secret");
    }
    try {
      return new ClientCredentials(
          FormBody.decode(decoded.substring(0, colon)),
          FormBody.decode(decoded.substring(colon + 1)),
          true);
    } catch (OAuthError e) {
      throw OAuthError.invalidClient("The HTTP Basic credentials are not valid form encoding");
    }
  }

  @Override
  public String toString() {
    return "ClientCredentials[id=" + id + ", secret=[redacted], basic=" + basic + "]";
  }
}
