package io.scimtool.oauth;

import io.scimtool.scim.Jsons;
import io.scimtool.scim.ScimJson;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 6749 §5.2 error response of the token endpoint. */
final class OAuthError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String error;

  private OAuthError(int status, String error, String description) {
    super(description, null, false, false);
    this.status = status;
    this.error = error;
  }

  static OAuthError invalidRequest(String description) {
    return new OAuthError(400, "invalid_request", description);
  }

  /** 401: the client is unknown, sent no credentials, or a wrong secret (§5.2). */
  static OAuthError invalidClient(String description) {
    return new OAuthError(401, "invalid_client", description);
  }

  static OAuthError unsupportedGrantType(String description) {
    return new OAuthError(400, "unsupported_grant_type", description);
  }

  static OAuthError invalidScope(String description) {
    return new OAuthError(400, "invalid_scope", description);
  }

  int status() {
    return status;
  }

  String error() {
    return error;
  }

  Response toResponse() {
    Response.ResponseBuilder response =
        TokenResource.noStore(Response.status(status))
            .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
            .entity(
                ScimJson.write(
                    Jsons.createObjectBuilder()
                        .add("error", error)
                        .add("error_description", getMessage())
                        .build()));
    if (status == 401) {
      // §5.2: the scheme the client may authenticate with; Basic is one we accept.
      response.header("WWW-Authenticate", "Basic realm=\"scimtool\", charset=\"UTF-8\"");
    }
    return response.build();
  }
}
