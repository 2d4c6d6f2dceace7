package io.scimtool.requestlog;

import io.scimtool.storage.DatabaseLocation;
import io.scimtool.storage.WalCheckpointer;
import io.scimtool.storage.restore.DurableFiles;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The request log's own SQLite file, beside the live database ({@code scim.db} → {@code
 * scim-requestlog.db}, on the same local disk). Every SCIM request writes a row with its bodies
 * here, so it takes far more writes and bytes than the SCIM data: in the live database those rows
 * queued for the single SCIM writer, made up most of every backup and of the start-up check. The
 * file is a local diagnostic log, not data: it is not backed up, and a file SQLite cannot open is
 * moved aside and started anew rather than stopping the server.
 */
@ApplicationScoped
public class RequestLogDatabase {
  static final String FILE_SUFFIX = "-requestlog.db";
  private static final Logger LOG = Logger.getLogger(RequestLogDatabase.class.getName());

  @Inject
  @ConfigProperty(name = "DATABASE_URL")
  String databaseUrl;

  @Inject
  @ConfigProperty(name = "SQLITE_BUSY_TIMEOUT_MS", defaultValue = "10000")
  int busyTimeoutMs;

  private volatile Path file;
  private volatile String failure = "The request log database is not open yet";
  private WalCheckpointer checkpointer;

  /** Opens (creating) the file and applies its migrations; failures leave SCIM serving. */
  public void start() {
    try {
      file = DatabaseLocation.parse(databaseUrl).sibling(FILE_SUFFIX);
      try {
        migrate();
      } catch (RuntimeException unreadable) {
        Path aside = moveAside();
        LOG.log(
            Level.WARNING,
            "The request log database could not be opened; it was moved to "
                + aside
                + " and a new one started",
            unreadable);
        migrate();
      }
      failure = null;
      checkpointer = WalCheckpointer.start(file);
      LOG.info("Request log database " + file + " ready");
    } catch (IOException | RuntimeException e) {
      failure = "The request log database is unavailable: " + e.getMessage();
      LOG.log(Level.WARNING, failure + " (SCIM keeps serving; log rows are dropped)", e);
    }
  }

  private void migrate() {
    SQLiteDataSource dataSource = new SQLiteDataSource(config());
    dataSource.setUrl("jdbc:sqlite:" + file);
    Flyway.configure(RequestLogDatabase.class.getClassLoader())
        .dataSource(dataSource)
        // Inside Liberty, Flyway finds classpath folders only through a flyway.location marker.
        .locations("classpath:db/requestlog")
        .failOnMissingLocations(true)
        .load()
        .migrate();
  }

  @PreDestroy
  void stop() {
    if (checkpointer != null) {
      checkpointer.close();
    }
  }

  /** The file and its companions, moved as a set (a -wal may hold its last commits). */
  private Path moveAside() throws IOException {
    Path aside =
        file.resolveSibling(
            file.getFileName() + ".unreadable-" + DurableFiles.stamp(Instant.now()));
    DurableFiles.moveSetAside(file, aside);
    return aside;
  }

  /** A new connection (cheap for SQLite: callers open one per batch or per admin read). */
  public Connection open() throws SQLException {
    if (failure != null) {
      throw new SQLException(failure);
    }
    return config().createConnection("jdbc:sqlite:" + file);
  }

  /** WAL, so the console's reads run beside the writer; NORMAL sync, as the live database. */
  private SQLiteConfig config() {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    config.setBusyTimeout(busyTimeoutMs);
    config.setWalAutocheckpoint(0); // the WalCheckpointer's job, off the writer's thread
    return config;
  }

  /** The file, once {@link #start} has run. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }
}
