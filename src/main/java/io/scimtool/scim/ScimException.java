package io.scimtool.scim;

import java.util.Optional;

/**
 * A SCIM protocol error (RFC 7644 §3.12) carrying the HTTP status, the optional {@code scimType}
 * and a human-readable detail. Build instances through {@link ScimErrors}.
 */
public class ScimException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient ScimType scimType;

  ScimException(int status, ScimType scimType, String detail) {
    super(detail, null, false, false);
    this.status = status;
    this.scimType = scimType;
  }

  public int status() {
    return status;
  }

  public Optional<ScimType> scimType() {
    return Optional.ofNullable(scimType);
  }

  public String detail() {
    return getMessage();
  }
}
