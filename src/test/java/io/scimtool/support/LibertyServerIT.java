package io.scimtool.support;

import java.io.File;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test shares: Arquillian, the managed Open Liberty server, and HTTP calls
 * to it. Most tests deploy the packaged WAR as it is ({@link LibertyIT}); a test that needs a probe
 * of its own inside the server declares a deployment built on {@link #packagedWar()}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class LibertyServerIT {
  protected static final String SECRET = System.getProperty("scimtool.it.secret");
  protected static final String BASE_URL =
      "http://127.0.0.1:" + System.getProperty("scimtool.it.port");

  /** Authenticated calls against the deployed server. */
  protected final HttpCalls http = new HttpCalls(BASE_URL, SECRET);

  /** The real, packaged WAR. */
  protected static WebArchive packagedWar() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("scimtool.war")));
  }
}
