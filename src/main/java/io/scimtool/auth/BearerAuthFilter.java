package io.scimtool.auth;

import io.scimtool.oauth.OAuthService;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.errors.ServletErrorResponses;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * RFC 7644 §2 / RFC 6750: every SCIM and admin call carries {@code Authorization: Bearer <token>}:
 * under {@code /scim/v2} the SCIM secret or an access token from {@code /oauth/token} (see {@link
 * OAuthService}), under {@code /api} only the admin secret (see {@link AdminSecret}). A servlet
 * filter rather than a JAX-RS filter, so unknown paths under the protected prefixes are refused
 * too, before anything else runs.
 */
@WebFilter(
    filterName = "bearerAuth",
    asyncSupported = true, // the admin API's live activity stream (Server-Sent Events)
    urlPatterns = {"/scim/v2/*", "/api/*"})
public class BearerAuthFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  private static final String BEARER = "bearer ";

  @Inject SharedSecret sharedSecret;
  @Inject AdminSecret adminSecret;
  @Inject OAuthService oauth;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String token = bearerToken(request.getHeader("Authorization"));
    if (token == null) {
      reject(response, "Authentication required: send Authorization: Bearer <token>");
      return;
    }
    boolean valid =
        isScim(request)
            ? sharedSecret.matches(token) || oauth.accepts(token)
            : adminSecret.matches(token);
    if (!valid) {
      reject(response, "The bearer token is not valid");
      return;
    }
    chain.doFilter(request, response);
  }

  /**
   * Decided on the container's normalised path, not the raw URI, so {@code /scim/v2/../api/x} is an
   * admin call; anything not SCIM needs the admin secret.
   */
  static boolean isScim(HttpServletRequest request) {
    String path =
        request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.equals("/scim/v2") || path.startsWith("/scim/v2/");
  }

  /** The token of a {@code Bearer} header (scheme name case-insensitive), else null. */
  static String bearerToken(String header) {
    if (header == null || header.length() <= BEARER.length()) {
      return null;
    }
    if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return null;
    }
    String token = header.substring(BEARER.length()).strip();
    return token.isEmpty() ? null : token;
  }

  private static void reject(HttpServletResponse response, String detail) throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer realm=\"scimtool\"");
    ServletErrorResponses.write(response, ScimErrors.unauthorized(detail));
  }
}
