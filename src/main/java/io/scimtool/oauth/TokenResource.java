package io.scimtool.oauth;

import io.scimtool.scim.Jsons;
import io.scimtool.scim.ScimJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /oauth/token}: the RFC 6749 §4.4 client credentials grant. Answers §5.1 (token) or
 * §5.2 (error) JSON, never cached. The body is read here, not by the container's form parsing, so
 * the request log records it (redacted).
 */
@Path("token")
@ApplicationScoped
public class TokenResource {
  static final String GRANT_TYPE = "client_credentials";

  /** The one scope there is: the whole SCIM API. */
  static final String SCOPE = "scim";

  private static final int MAX_BODY_BYTES = 8192;
  private static final Set<String> CREDENTIALS = Set.of("client_id", "client_secret");

  @Inject OAuthService oauth;

  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "OAuth 2.0 client credentials grant (RFC 6749 §4.4): a short-lived JWT")
  public Response token(
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @Context UriInfo uri,
      InputStream body)
      throws IOException {
    try {
      return respond(contentType, authorization, uri.getQueryParameters().keySet(), read(body));
    } catch (OAuthError e) {
      return e.toResponse();
    }
  }

  /** The token response, or the error response for the first problem found. */
  Response respond(String contentType, String authorization, Set<String> query, String body) {
    try {
      return issue(contentType, authorization, query, body);
    } catch (OAuthError e) {
      return e.toResponse();
    }
  }

  private Response issue(String contentType, String authorization, Set<String> query, String body) {
    if (!isForm(contentType)) {
      throw OAuthError.invalidRequest("Content-Type must be application/x-www-form-urlencoded");
    }
    if (query.stream().anyMatch(CREDENTIALS::contains)) {
      // §2.3.1: client credentials MUST NOT be included in the request URI.
      throw OAuthError.invalidRequest("Client credentials do not belong in the URL");
    }
    Map<String, String> form = FormBody.parse(body);
    ClientCredentials client = ClientCredentials.from(authorization, form);
    if (!oauth.authenticates(client)) {
      throw OAuthError.invalidClient("Client authentication failed");
    }
    String grantType = form.get("grant_type");
    if (grantType == null) {
      throw OAuthError.invalidRequest("grant_type is required");
    }
    if (!GRANT_TYPE.equals(grantType)) {
      throw OAuthError.unsupportedGrantType("Only grant_type=client_credentials is supported");
    }
    String scope = form.get("scope");
    if (scope != null && !scope.strip().equals(SCOPE)) {
      throw OAuthError.invalidScope("The only scope is \"" + SCOPE + "\"");
    }
    AccessTokens.Issued issued = oauth.issue();
    return noStore(Response.ok())
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(
            ScimJson.write(
                Jsons.createObjectBuilder()
                    .add("access_token", issued.token())
                    .add("token_type", "Bearer")
                    .add("expires_in", issued.expiresIn())
                    .add("scope", SCOPE)
                    .build()))
        .build();
  }

  /** §5.1: responses carrying credentials are never cached. */
  static Response.ResponseBuilder noStore(Response.ResponseBuilder response) {
    return response.header("Cache-Control", "no-store").header("Pragma", "no-cache");
  }

  private static boolean isForm(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.valueOf(contentType);
      return "application".equalsIgnoreCase(type.getType())
          && "x-www-form-urlencoded".equalsIgnoreCase(type.getSubtype());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String read(InputStream body) throws IOException {
    if (body == null) {
      return "";
    }
    byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      throw OAuthError.invalidRequest(
          "The request body is larger than " + MAX_BODY_BYTES + " bytes");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
