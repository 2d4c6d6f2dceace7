package io.scimtool.storage;

import io.scimtool.storage.query.PageQuery;
import io.scimtool.storage.query.SqlFragment;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs generated SQL. Inside a transaction, plain statements go to the JDBC connection the
 * persistence context holds (the same transaction as the entity changes; the single write
 * connection is never requested twice). Outside one, they run on a read-only connection (see {@link
 * ReadConnections}), so reads run beside the writer. Rows are mapped here, not by EclipseLink (its
 * native-query and find paths cost more than the SQL itself).
 */
@ApplicationScoped
public class SqlRunner {
  @PersistenceContext(unitName = "scim")
  EntityManager em;

  @Inject ReadConnections reads;

  @Resource TransactionSynchronizationRegistry transactions;

  /** The read connection of the current {@link #reading} scope on this thread, if any. */
  private static final ThreadLocal<ReadConnections.ReadConnection> READING = new ThreadLocal<>();

  /**
   * Runs {@code work} with one read connection for all its statements outside a transaction (in
   * one, the transaction's connection serves them): a GET runs two or three statements.
   */
  public <T> T reading(Supplier<T> work) {
    if (READING.get() != null || inTransaction()) {
      return work.get();
    }
    ReadConnections.ReadConnection connection;
    try {
      connection = reads.take();
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
    READING.set(connection);
    try {
      return work.get();
    } finally {
      READING.remove();
      connection.close();
    }
  }

  /**
   * Whether a JTA transaction is active: then the transaction-scoped persistence context is joined
   * to it, and statements run on its connection. (Asking the entity manager costs more.)
   */
  private boolean inTransaction() {
    return transactions.getTransactionKey() != null;
  }

  /** One page of rows and the total number of matches. */
  public record Page<T>(long totalResults, List<T> rows) {}

  /**
   * Runs a list query. The page comes first: when it is the last one (fewer rows than asked for,
   * and not past the end), the total follows from it and the count statement is not run — the
   * lookups identity providers send most ({@code userName eq}, {@code externalId eq}) cost one
   * statement.
   */
  public <T> Page<T> page(PageQuery query, int count, RowMapper<T> mapper) {
    return reading(
        () -> {
          if (count == 0) {
            return new Page<T>(count(query.count()), List.of());
          }
          List<T> rows = list(query.page(), mapper);
          boolean last = rows.size() < count && (query.offset() == 0 || !rows.isEmpty());
          long total = last ? query.offset() + rows.size() : count(query.count());
          return new Page<>(total, rows);
        });
  }

  /**
   * An admin list page: {@code SELECT columns} + {@code fromWhere} counted, then ordered and cut to
   * page {@code page} (1-based) of {@code pageSize} rows, both in SQL, on one read connection.
   */
  public <T> ListPage<T> listPage(
      String columns,
      SqlFragment fromWhere,
      String orderBy,
      int page,
      int pageSize,
      RowMapper<T> mapper) {
    return reading(
        () -> {
          long total = count(new SqlFragment().sql("SELECT COUNT(*)").append(fromWhere));
          List<T> rows = list(pageOf(columns, fromWhere, orderBy, page, pageSize), mapper);
          return new ListPage<>(total, page, pageSize, rows);
        });
  }

  /** {@link #listPage} on a connection of the caller's, for tables in other database files. */
  public static <T> ListPage<T> listPage(
      Connection connection,
      String columns,
      SqlFragment fromWhere,
      String orderBy,
      int page,
      int pageSize,
      RowMapper<T> mapper) {
    long total =
        number(rows(connection, new SqlFragment().sql("SELECT COUNT(*)").append(fromWhere)));
    List<T> rows = list(connection, pageOf(columns, fromWhere, orderBy, page, pageSize), mapper);
    return new ListPage<>(total, page, pageSize, rows);
  }

  private static SqlFragment pageOf(
      String columns, SqlFragment fromWhere, String orderBy, int page, int pageSize) {
    return new SqlFragment()
        .sql("SELECT " + columns)
        .append(fromWhere)
        .sql(" ORDER BY " + orderBy + " LIMIT ")
        .param(pageSize)
        .sql(" OFFSET ")
        .param((long) (page - 1) * pageSize);
  }

  /**
   * Rows mapped by {@code mapper}, on the same connection rules as {@link #rows}. The read path
   * maps rows itself: an EclipseLink entity query or {@code find} cost more than the SQL.
   */
  public <T> List<T> list(SqlFragment sql, RowMapper<T> mapper) {
    return query(sql, statement -> map(statement, mapper));
  }

  /** Rows of {@code sql} on a connection of the caller's, mapped by {@code mapper}. */
  public static <T> List<T> list(Connection connection, SqlFragment sql, RowMapper<T> mapper) {
    try (PreparedStatement statement = prepare(connection, sql)) {
      return map(statement, mapper);
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  public long count(SqlFragment sql) {
    return number(rows(sql));
  }

  public List<Object[]> rows(SqlFragment sql) {
    return query(sql, SqlRunner::arrays);
  }

  /** What a query does with its bound statement. */
  private interface StatementWork<R> {
    R run(PreparedStatement statement) throws SQLException;
  }

  /**
   * Runs {@code work} on {@code sql} bound: inside a transaction on its connection (statement
   * closed after), otherwise on the read connection of the current {@link #reading} scope (one is
   * opened for this query alone if there is none), whose cached statement stays open.
   */
  private <R> R query(SqlFragment sql, StatementWork<R> work) {
    if (inTransaction()) {
      try (PreparedStatement statement = prepare(em.unwrap(Connection.class), sql)) {
        return work.run(statement);
      } catch (SQLException e) {
        throw new PersistenceException(e);
      }
    }
    ReadConnections.ReadConnection reading = READING.get();
    if (reading == null) {
      return reading(() -> query(sql, work));
    }
    try {
      return work.run(bind(reading.statement(sql.text()), sql));
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  /** Rows of {@code sql} on a connection of the caller's, as arrays of column values. */
  public static List<Object[]> rows(Connection connection, SqlFragment sql) {
    try (PreparedStatement statement = prepare(connection, sql)) {
      return arrays(statement);
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  /**
   * A write that matches no row: it still needs the database's write lock (SQLite; on PostgreSQL it
   * costs a statement and locks nothing).
   */
  public static final String NO_CHANGE = "DELETE FROM activity WHERE 1 = 0";

  /**
   * Takes the write lock in the caller's transaction, waiting for it up to the busy timeout.
   * Through the entity manager: at a transaction's start it holds no connection yet, and {@link
   * #update}'s unwrapped one would be null.
   */
  public void takeWriteLock() {
    em.createNativeQuery(NO_CHANGE).executeUpdate();
  }

  /** Writes always run in the caller's transaction. */
  public int update(SqlFragment sql) {
    try (PreparedStatement statement = prepare(em.unwrap(Connection.class), sql)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  /** A statement for {@code sql} on {@code connection}, its parameters bound in order. */
  public static PreparedStatement prepare(Connection connection, SqlFragment sql)
      throws SQLException {
    return bind(connection.prepareStatement(sql.text()), sql);
  }

  private static PreparedStatement bind(PreparedStatement statement, SqlFragment sql)
      throws SQLException {
    List<Object> parameters = sql.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return statement;
  }

  /** Runs the query; closes its result set (which resets the statement), not the statement. */
  private static <T> List<T> map(PreparedStatement statement, RowMapper<T> mapper)
      throws SQLException {
    try (ResultSet result = statement.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (result.next()) {
        rows.add(mapper.map(result));
      }
      return rows;
    }
  }

  private static List<Object[]> arrays(PreparedStatement statement) throws SQLException {
    try (ResultSet result = statement.executeQuery()) {
      int columns = result.getMetaData().getColumnCount();
      List<Object[]> rows = new ArrayList<>();
      while (result.next()) {
        Object[] row = new Object[columns];
        for (int c = 0; c < columns; c++) {
          row[c] = result.getObject(c + 1);
        }
        rows.add(row);
      }
      return rows;
    }
  }

  private static long number(List<Object[]> rows) {
    return ((Number) rows.get(0)[0]).longValue();
  }
}
