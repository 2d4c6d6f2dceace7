package io.scimtool;

import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimResponses;
import io.scimtool.storage.StorageState;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/** Fails closed: while the database is not ready, SCIM answers 503 rather than guessing. */
@Provider
@PreMatching
public class StorageAvailabilityFilter implements ContainerRequestFilter {
  @Inject StorageState storage;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!storage.isReady()) {
      request.abortWith(
          ScimResponses.error(
              ScimErrors.unavailable(
                  storage.failure().orElse("The service is starting; retry shortly"))));
    }
  }
}
