package io.scimtool.storage;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sqlite.SQLiteConfig;

/**
 * Read-only SQLite connections for reads outside write transactions (GET, list, search), each with
 * its own prepared statements. In WAL mode readers run beside the one writer, so a read never waits
 * for a write. A plain pool rather than a Liberty data source: under 16 concurrent GETs on two
 * cores, the Liberty pool queued 95 % of checkouts for ~5 ms each, with 16 connections as with 4,
 * and a checkout cost as much as the query it served.
 *
 * <p>A reader that finds no idle connection opens one; up to {@code SQLITE_READ_POOL_SIZE} idle
 * connections are kept, more are closed when given back.
 */
@ApplicationScoped
public class ReadConnections {
  private static final Logger LOG = Logger.getLogger(ReadConnections.class.getName());

  /** Prepared statements kept per connection (the read paths use a few dozen distinct texts). */
  private static final int STATEMENTS_PER_CONNECTION = 64;

  /** SQLite's page cache per connection, in KiB: the operating system caches the file anyway. */
  private static final int PAGE_CACHE_KIB = 1024;

  @Inject
  @ConfigProperty(name = "DATABASE_URL")
  String databaseUrl;

  @Inject
  @ConfigProperty(name = "SQLITE_BUSY_TIMEOUT_MS", defaultValue = "10000")
  int busyTimeoutMs;

  @Inject
  @ConfigProperty(name = "SQLITE_READ_POOL_SIZE", defaultValue = "16")
  int poolSize;

  private volatile BlockingQueue<ReadConnection> idle;
  private final AtomicLong opened = new AtomicLong();

  /** An idle connection, or a new one. Give it back with {@link ReadConnection#close()}. */
  public ReadConnection take() throws SQLException {
    ReadConnection connection = idle().poll();
    return connection != null ? connection : open();
  }

  private BlockingQueue<ReadConnection> idle() {
    BlockingQueue<ReadConnection> queue = idle;
    if (queue == null) {
      synchronized (this) {
        if (idle == null) {
          idle = new ArrayBlockingQueue<>(Math.max(1, poolSize));
        }
        queue = idle;
      }
    }
    return queue;
  }

  private ReadConnection open() throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(busyTimeoutMs);
    config.setCacheSize(-PAGE_CACHE_KIB);
    String url = "jdbc:sqlite:" + DatabaseLocation.parse(databaseUrl).file();
    long count = opened.incrementAndGet();
    if (count > poolSize && Long.bitCount(count) == 1) {
      LOG.info(count + " read connections opened so far (" + poolSize + " are kept idle)");
    }
    return new ReadConnection(config.createConnection(url), this);
  }

  private void giveBack(ReadConnection connection) {
    if (!idle().offer(connection)) {
      connection.discard();
    }
  }

  @PreDestroy
  void closeAll() {
    BlockingQueue<ReadConnection> queue = idle;
    for (ReadConnection connection; queue != null && (connection = queue.poll()) != null; ) {
      connection.discard();
    }
  }

  /** One pooled connection, used by one thread at a time, with its prepared statements. */
  public static final class ReadConnection implements AutoCloseable {
    private final Connection connection;
    private final ReadConnections pool;
    private final Map<String, PreparedStatement> statements =
        new LinkedHashMap<>(32, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= STATEMENTS_PER_CONNECTION) {
              return false;
            }
            closeQuietly(eldest.getValue());
            return true;
          }
        };

    private ReadConnection(Connection connection, ReadConnections pool) {
      this.connection = connection;
      this.pool = pool;
    }

    /**
     * The prepared statement for {@code sql}, parameters cleared. It stays open for the next use:
     * callers close its result sets (which resets it, ending its read of the database), never it.
     */
    public PreparedStatement statement(String sql) throws SQLException {
      PreparedStatement statement = statements.get(sql);
      if (statement == null) {
        statement = connection.prepareStatement(sql);
        statements.put(sql, statement);
      } else {
        statement.clearParameters();
      }
      return statement;
    }

    /** Back to the pool. */
    @Override
    public void close() {
      pool.giveBack(this);
    }

    private void discard() {
      statements.values().forEach(ReadConnection::closeQuietly);
      statements.clear();
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.fine("closing a read connection: " + e);
      }
    }

    private static void closeQuietly(PreparedStatement statement) {
      try {
        statement.close();
      } catch (SQLException e) {
        LOG.fine("closing a cached statement: " + e);
      }
    }
  }
}
