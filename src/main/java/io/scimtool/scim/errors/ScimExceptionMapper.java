package io.scimtool.scim.errors;

import io.scimtool.scim.ScimException;
import jakarta.ws.rs.ext.Provider;

/** A {@link ScimException} already is the error to answer with. */
@Provider
public class ScimExceptionMapper extends ScimErrorMapper<ScimException> {
  @Override
  protected ScimException describe(ScimException exception) {
    return exception;
  }
}
