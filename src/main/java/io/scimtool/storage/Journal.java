package io.scimtool.storage;

import io.scimtool.TransientFailures;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * An append-only table written off the request thread (the request log, the activity feed): callers
 * queue rows (never blocking; a full queue drops and counts), {@link JournalScheduler} writes them
 * in batches, one transaction each, so the single SQLite writer is taken once per batch rather than
 * once per request, and prunes by age and row count. A failing store is counted and never reaches
 * SCIM. By default rows have {@link TimeOrderedIds} as primary key {@code id} (the request log
 * keeps its own key and replaces insertion and retention).
 *
 * @param <T> one row
 */
public abstract class Journal<T> {
  private static final Logger LOG = Logger.getLogger(Journal.class.getName());
  private static final int BATCH = 500;

  /**
   * Rows deleted per statement when pruning, so the writer never waits long: 2,000 activity rows
   * (five indexes) took 22-28 ms, which every SCIM write queued behind; 500 are a quarter of that
   * work.
   */
  protected static final int PRUNE_CHUNK = 500;

  /** The write connection, unshared: returned to its pool of one after each batch. */
  @Resource(lookup = "jdbc/scim", shareable = false)
  DataSource dataSource;

  @Inject JournalSettings settings;
  @Inject MetricRegistry metrics;

  private final String table;
  private final String timeColumn;
  protected final Clock clock = Clock.systemUTC();
  private BlockingQueue<T> queue;
  private Counter dropped;
  private Counter failures;
  private Counter written;
  private volatile long writtenSincePrune;

  /** A batch a transient failure kept from being written; written first at the next drain. */
  private volatile List<T> carried = List.of();

  protected Journal(String table, String timeColumn) {
    this.table = table;
    this.timeColumn = timeColumn;
  }

  /** The INSERT of one row, for the default {@link #insert}. */
  protected String insertSql() {
    throw new UnsupportedOperationException(table + " overrides insert instead");
  }

  /** Binds one row to {@link #insertSql}'s statement, for the default {@link #insert}. */
  protected void bind(PreparedStatement insert, T row) throws SQLException {
    throw new UnsupportedOperationException(table + " overrides insert instead");
  }

  /** Inserts one batch inside the caller's transaction: {@link #insertSql} bound per row. */
  protected void insert(Connection connection, List<T> batch) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(insertSql())) {
      for (T row : batch) {
        bind(insert, row);
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** A connection to the table's database: the live one, unless a journal keeps its own file. */
  protected Connection connection() throws SQLException {
    return dataSource.getConnection();
  }

  /** For journals made outside CDI (tests): what injection would have set, then {@link #start}. */
  protected void configure(
      DataSource dataSource, JournalSettings settings, MetricRegistry metrics) {
    this.dataSource = dataSource;
    this.settings = settings;
    this.metrics = metrics;
    start();
  }

  /** The retention settings in force. */
  protected JournalSettings settings() {
    return settings;
  }

  /**
   * Metrics are {@code <table without underscores>.written}, {@code .dropped}, {@code
   * .write.failures}.
   */
  @PostConstruct
  void start() {
    queue = new ArrayBlockingQueue<>(settings.queueCapacity());
    String prefix = table.replace("_", "");
    dropped = metrics.counter(prefix + ".dropped");
    failures = metrics.counter(prefix + ".write.failures");
    written = metrics.counter(prefix + ".written");
  }

  public String table() {
    return table;
  }

  /** Queues a row; never blocks the caller. */
  public void submit(T row) {
    if (!queue.offer(row)) {
      dropped.inc();
    }
  }

  /** Counts a row that could not even be built; the caller carries on. */
  public void recordFailure(Exception e) {
    failures.inc();
    LOG.warning(table + " entry not recorded: " + e);
  }

  /** Rows not written yet: queued, or kept by a transient failure. */
  public long pending() {
    return queue.size() + carried.size();
  }

  /**
   * Writes everything queued so far, in batches; prunes whenever a tenth of the row limit was
   * written since the last prune, so the table stays near its limit however fast requests come (at
   * 3,000 requests a second, a prune every ten minutes alone let the request log grow by 1.8
   * million rows in between).
   */
  public synchronized void drain() {
    if (!carried.isEmpty()) {
      if (!tryWrite(carried)) {
        return;
      }
      carried = List.of();
    }
    List<T> batch = new ArrayList<>(BATCH);
    while (queue.drainTo(batch, BATCH) > 0) {
      if (!tryWrite(batch)) {
        carried = List.copyOf(batch);
        return;
      }
      batch.clear();
    }
    if (writtenSincePrune >= Math.max(PRUNE_CHUNK, settings.maxRows() / 10)) {
      try {
        prune();
      } catch (SQLException | RuntimeException e) {
        failures.inc();
        LOG.warning(table + " pruning failed: " + e.getMessage());
      }
    }
  }

  /**
   * Writes one batch; true once it is settled. False when it failed for a reason the database calls
   * transient (no connection came free within the pool's timeout, J2CA0045E): the batch is kept and
   * tried again first at the next drain, while the rows behind it wait in the queue. Any other
   * failure drops the batch (counted), as trying it again would fail the same way.
   */
  private boolean tryWrite(List<T> batch) {
    try {
      write(batch);
    } catch (SQLException | RuntimeException e) {
      failures.inc();
      if (TransientFailures.cause(e).isPresent()) {
        LOG.warning(
            table + " batch of " + batch.size() + " kept to be written again: " + e.getMessage());
        return false;
      }
      dropped.inc(batch.size());
      LOG.warning(table + " batch of " + batch.size() + " not written: " + e.getMessage());
      return true;
    }
    written.inc(batch.size());
    writtenSincePrune += batch.size();
    written(List.copyOf(batch));
    return true;
  }

  /** Called after a batch is committed, on the scheduler's thread (never a request's). */
  protected void written(List<T> batch) {}

  /** Deletes every row (queued ones first written, as they belong to what is cleared). */
  public int clear() throws SQLException {
    drain();
    return deleteAll();
  }

  /** Deletes every row; journals with more than one table replace it. */
  protected int deleteAll() throws SQLException {
    return update("DELETE FROM " + table, List.of());
  }

  /** Retention: rows older than the retention period, then the oldest beyond the row limit. */
  public int prune() throws SQLException {
    writtenSincePrune = 0;
    return removeExpired();
  }

  /** What {@link #prune} removes; journals with another layout replace it. */
  protected int removeExpired() throws SQLException {
    int removed =
        deleteInChunks(
            timeColumn + " < ?",
            InstantTextConverter.text(clock.instant().minus(settings.retention())));
    String oldestKept = null;
    try (Connection connection = connection();
        PreparedStatement boundary =
            connection.prepareStatement(
                "SELECT id FROM " + table + " ORDER BY id DESC LIMIT 1 OFFSET ?")) {
      boundary.setLong(1, settings.maxRows());
      try (var result = boundary.executeQuery()) {
        if (result.next()) {
          oldestKept = result.getString(1);
        }
      }
    }
    if (oldestKept != null) {
      removed += deleteInChunks("id <= ?", oldestKept);
    }
    return removed;
  }

  /**
   * Deletes the rows matching {@code condition} a chunk at a time, each chunk its own statement on
   * a connection taken and given back: one DELETE of ~100,000 rows held the single write connection
   * and SQLite's write lock for seconds, and SCIM writes waiting behind it timed out.
   */
  private int deleteInChunks(String condition, Object parameter) throws SQLException {
    String statement =
        "DELETE FROM "
            + table
            + " WHERE id IN (SELECT id FROM "
            + table
            + " WHERE "
            + condition
            + " ORDER BY id LIMIT "
            + PRUNE_CHUNK
            + ")";
    int removed = 0;
    for (int deleted = PRUNE_CHUNK; deleted == PRUNE_CHUNK; ) {
      deleted = update(statement, List.of(parameter));
      removed += deleted;
    }
    return removed;
  }

  private int update(String statement, List<Object> parameters) throws SQLException {
    try (Connection connection = connection();
        PreparedStatement prepared = connection.prepareStatement(statement)) {
      for (int i = 0; i < parameters.size(); i++) {
        prepared.setObject(i + 1, parameters.get(i));
      }
      return prepared.executeUpdate();
    }
  }

  private void write(List<T> batch) throws SQLException {
    try (Connection connection = connection()) {
      connection.setAutoCommit(false);
      try {
        insert(connection, batch);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }
}
