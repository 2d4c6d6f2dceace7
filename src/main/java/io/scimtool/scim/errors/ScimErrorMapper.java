package io.scimtool.scim.errors;

import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimResponses;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Shared base: each mapper only says which SCIM error an exception type means. */
public abstract class ScimErrorMapper<E extends Throwable> implements ExceptionMapper<E> {

  @Override
  public Response toResponse(E exception) {
    return ScimResponses.error(describe(exception));
  }

  protected abstract ScimException describe(E exception);
}
