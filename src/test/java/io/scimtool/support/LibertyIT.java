package io.scimtool.support;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the integration tests: Arquillian deploys the real, packaged WAR to a managed Open
 * Liberty server and the tests call it over HTTP, as a SCIM client would. The server's settings
 * come from environment variables the build sets (see failsafe in pom.xml).
 */
@ExtendWith(ArquillianExtension.class)
public abstract class LibertyIT {
  protected static final String SECRET = System.getProperty("scimtool.it.secret");
  protected static final String BASE_URL =
      "http://127.0.0.1:" + System.getProperty("scimtool.it.port");

  /** Authenticated calls against the deployed server. */
  protected final HttpCalls http = new HttpCalls(BASE_URL, SECRET);

  @Deployment(testable = false)
  public static WebArchive deployment() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("scimtool.war")));
  }
}
