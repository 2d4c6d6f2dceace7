package io.scimtool.scim;

/** Factories for every SCIM error the server answers with. */
public final class ScimErrors {
  private ScimErrors() {}

  public static ScimException invalidSyntax(String detail) {
    return new ScimException(400, ScimType.INVALID_SYNTAX, detail);
  }

  public static ScimException invalidValue(String detail) {
    return new ScimException(400, ScimType.INVALID_VALUE, detail);
  }

  public static ScimException invalidFilter(String detail) {
    return new ScimException(400, ScimType.INVALID_FILTER, detail);
  }

  public static ScimException invalidPath(String detail) {
    return new ScimException(400, ScimType.INVALID_PATH, detail);
  }

  public static ScimException noTarget(String detail) {
    return new ScimException(400, ScimType.NO_TARGET, detail);
  }

  public static ScimException mutability(String detail) {
    return new ScimException(400, ScimType.MUTABILITY, detail);
  }

  public static ScimException tooMany(String detail) {
    return new ScimException(400, ScimType.TOO_MANY, detail);
  }

  public static ScimException preconditionFailed(String detail) {
    return new ScimException(412, null, detail);
  }

  public static ScimException badRequest(String detail) {
    return new ScimException(400, null, detail);
  }

  public static ScimException unauthorized(String detail) {
    return new ScimException(401, null, detail);
  }

  public static ScimException notFound(String resourceType, String id) {
    return new ScimException(404, null, resourceType + " " + id + " not found");
  }

  public static ScimException uniqueness(String detail) {
    return new ScimException(409, ScimType.UNIQUENESS, detail);
  }

  /** RFC 7644 §3.7.4: more bulk operations than advertised. */
  public static ScimException tooManyOperations(String detail) {
    return new ScimException(413, ScimType.TOO_MANY, detail);
  }

  public static ScimException payloadTooLarge(String detail) {
    return new ScimException(413, null, detail);
  }

  public static ScimException notImplemented(String detail) {
    return new ScimException(501, null, detail);
  }

  /** {@code Retry-After} of a 503 for a temporary overload (RFC 7231 §7.1.3), in seconds. */
  public static final String RETRY_AFTER_SECONDS = "1";

  public static ScimException unavailable(String detail) {
    return new ScimException(503, null, detail);
  }

  /** A status without a more specific SCIM meaning (e.g. 405, 406, 415 from the HTTP layer). */
  public static ScimException ofStatus(int status, String detail) {
    return new ScimException(status, null, detail);
  }

  /** Never carries the cause's message: a 500 must not leak internals. */
  public static ScimException internal(String incidentId) {
    return new ScimException(
        500, null, "The server could not complete the request (incident " + incidentId + ")");
  }
}
