package io.scimtool.scim.errors;

import io.scimtool.TransientFailures;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLTransientException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Last resort: logs the failure under an incident id and answers a 500 whose body names only that
 * id, never a class name, message or stack trace. A failure the database calls transient (no
 * connection came free within the pool's timeout) is no fault of the server's code: it answers 503
 * with {@code Retry-After} (RFC 7231 §6.6.4), as an overload does, and nothing was written.
 */
@Provider
public class UnexpectedExceptionMapper extends ScimErrorMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Override
  public Response toResponse(Throwable exception) {
    Response response = super.toResponse(exception);
    return response.getStatus() == 503
        ? Response.fromResponse(response)
            .header("Retry-After", ScimErrors.RETRY_AFTER_SECONDS)
            .build()
        : response;
  }

  @Override
  protected ScimException describe(Throwable exception) {
    // A SCIM error raised inside the runtime (e.g. while reading the body) arrives wrapped.
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof ScimException scim) {
        return scim;
      }
    }
    Optional<SQLTransientException> busy = TransientFailures.cause(exception);
    if (busy.isPresent()) {
      LOG.warning("Database temporarily unavailable: " + busy.get().getMessage());
      return ScimErrors.unavailable("The database is busy; retry the request shortly");
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
    return ScimErrors.internal(incident);
  }
}
