package io.scimtool;

import io.scimtool.oauth.TokenResource;
import io.scimtool.requestlog.ResponseBodyCapture;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The OAuth token endpoint, {@code /oauth}: outside the bearer check (clients authenticate there
 * with their client credentials), inside the request log.
 */
@ApplicationPath("oauth")
public class OAuthRestApplication extends Application {
  @Override
  public Set<Class<?>> getClasses() {
    return Set.of(TokenResource.class, ResponseBodyCapture.class);
  }
}
