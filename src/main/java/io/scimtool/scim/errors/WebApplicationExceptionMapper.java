package io.scimtool.scim.errors;

import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors raised by the JAX-RS runtime itself (no such resource, wrong method, unsupported media
 * type) become SCIM errors with the same status instead of the container's HTML pages.
 */
@Provider
public class WebApplicationExceptionMapper extends ScimErrorMapper<WebApplicationException> {
  @Override
  protected ScimException describe(WebApplicationException exception) {
    int status = exception.getResponse().getStatus();
    return ScimErrors.ofStatus(status, detailFor(status));
  }

  static String detailFor(int status) {
    return switch (status) {
      case 400 -> "The request is malformed";
      case 404 -> "No such resource or endpoint";
      case 405 -> "The method is not allowed on this endpoint";
      case 406 -> "The requested response media type is not available; use application/scim+json";
      case 413 -> "The request body is too large";
      case 415 -> "Unsupported Content-Type; send application/scim+json or application/json";
      default -> status >= 500 ? "The server could not complete the request" : "Request failed";
    };
  }
}
