package io.scimtool;

import io.scimtool.auth.SharedSecret;
import io.scimtool.oauth.OAuthService;
import io.scimtool.requestlog.RequestLogDatabase;
import io.scimtool.storage.DatabaseStartup;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Runs before the application serves its first request: prepares the database and settles the
 * bearer secret and the OAuth signing key, so a generated secret is announced (and a generated key
 * written) at start rather than on the first call.
 */
@WebListener
public class ApplicationStartup implements ServletContextListener {
  @Inject DatabaseStartup database;
  @Inject RequestLogDatabase requestLog;
  @Inject SharedSecret sharedSecret;
  @Inject OAuthService oauth;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    sharedSecret.isGenerated();
    database.start();
    requestLog.start();
    oauth.enabled();
  }
}
