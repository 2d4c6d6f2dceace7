package io.scimtool.scim.errors;

import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimException;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last resort: logs the failure under an incident id and answers a 500 whose body names only that
 * id, never a class name, message or stack trace.
 */
@Provider
public class UnexpectedExceptionMapper extends ScimErrorMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  protected ScimException describe(Throwable exception) {
    // A SCIM error raised inside the runtime (e.g. while reading the body) arrives wrapped.
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ScimException scim) {
        return scim;
      }
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
    return ScimErrors.internal(incident);
  }
}
