package io.scimtool.storage;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * The data source's pool of one write connection, as Liberty manages it. Emptying it is the way
 * back when its connection is not returned: Liberty then counts that connection out of the pool and
 * opens a new one for the next writer, instead of making every writer wait for one that never comes
 * back.
 */
@ApplicationScoped
public class WriterPool {
  private static final Logger LOG = Logger.getLogger(WriterPool.class.getName());

  /** Liberty registers one connection manager MBean per data source, named by its JNDI name. */
  static final String MANAGER =
      "WebSphere:type=com.ibm.ws.jca.cm.mbean.ConnectionManagerMBean,jndiName=jdbc/scim,*";

  /**
   * Empties the pool, connections in use included: those are marked stale, closed when (if ever)
   * they come back, and no longer count against the pool's size. {@code immediate} rather than the
   * default, which waits for in-use connections to be returned.
   *
   * @return whether Liberty's connection manager was found and emptied
   */
  public boolean empty() {
    MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    try {
      Set<ObjectName> managers = server.queryNames(new ObjectName(MANAGER), null);
      for (ObjectName manager : managers) {
        server.invoke(
            manager,
            "purgePoolContents",
            new Object[] {"immediate"},
            new String[] {String.class.getName()});
      }
      return !managers.isEmpty();
    } catch (JMException | RuntimeException e) {
      LOG.warning("The write connection pool could not be emptied: " + e);
      return false;
    }
  }
}
