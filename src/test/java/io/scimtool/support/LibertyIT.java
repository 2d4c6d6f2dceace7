package io.scimtool.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Base of the integration tests: Arquillian deploys the real, packaged WAR to a managed Open
 * Liberty server and the tests call it over HTTP, as a SCIM client would. The server's settings
 * come from environment variables the build sets (see failsafe in pom.xml).
 */
public abstract class LibertyIT extends LibertyServerIT {
  @Deployment(testable = false)
  public static WebArchive deployment() {
    return packagedWar();
  }
}
