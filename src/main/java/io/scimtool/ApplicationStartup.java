package io.scimtool;

import io.scimtool.auth.SharedSecret;
import io.scimtool.storage.DatabaseStartup;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Runs before the application serves its first request: prepares the database and settles the
 * bearer secret, so a generated secret is announced at start rather than on the first call.
 */
@WebListener
public class ApplicationStartup implements ServletContextListener {
  @Inject DatabaseStartup database;
  @Inject SharedSecret sharedSecret;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    sharedSecret.isGenerated();
    database.start();
  }
}
