package io.scimtool.storage;

import jakarta.annotation.PostConstruct;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
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
 * <p>At most {@code SQLITE_READ_POOL_SIZE} connections exist, opened when first needed and kept; a
 * reader that finds all of them in use waits for one (up to {@code SQLITE_BUSY_TIMEOUT_MS}).
 * Opening a connection per read instead, once the kept ones were busy, cost more than the reads.
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

  private BlockingQueue<ReadConnection> idle;
  private Semaphore permits;

  @PostConstruct
  void start() {
    int size = Math.max(1, poolSize);
    idle = new ArrayBlockingQueue<>(size);
    permits = new Semaphore(size);
  }

  /** A connection of the pool; give it back with {@link ReadConnection#close()}. */
  public ReadConnection take() throws SQLException {
    try {
      if (!permits.tryAcquire(busyTimeoutMs, TimeUnit.MILLISECONDS)) {
        throw new SQLException(
            "All " + poolSize + " read connections stayed in use for " + busyTimeoutMs + " ms");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("Interrupted while waiting for a read connection", e);
    }
    ReadConnection connection = idle.poll();
    if (connection != null) {
      return connection;
    }
    try {
      return open();
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  private ReadConnection open() throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(busyTimeoutMs);
    config.setCacheSize(-PAGE_CACHE_KIB);
    String url = "jdbc:sqlite:" + DatabaseLocation.parse(databaseUrl).file();
    return new ReadConnection(config.createConnection(url), this);
  }

  private void giveBack(ReadConnection connection) {
    if (!idle.offer(connection)) {
      connection.discard(); // cannot happen: never more connections than permits
    }
    permits.release();
  }

  @PreDestroy
  void closeAll() {
    for (ReadConnection connection; (connection = idle.poll()) != null; ) {
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
