package io.scimtool.storage;

import io.scimtool.storage.query.PageQuery;
import io.scimtool.storage.query.SqlFragment;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs generated SQL. Inside a transaction, plain statements go to the JDBC connection the
 * persistence context holds (the same transaction as the entity changes; the single write
 * connection is never requested twice). Outside one, they run on the read-only pool, so reads run
 * beside the writer. Rows are mapped here, not by EclipseLink (its native-query and find paths cost
 * more than the SQL itself).
 */
@ApplicationScoped
public class SqlRunner {
  @PersistenceContext(unitName = "scim")
  EntityManager em;

  @Resource(lookup = "jdbc/scimRead", shareable = false)
  DataSource reads;

  /** One page of rows and the total number of matches. */
  public record Page<T>(long totalResults, List<T> rows) {}

  /** Runs a list query: the total always, the page only when rows were asked for. */
  public <T> Page<T> page(PageQuery query, int count, RowMapper<T> mapper) {
    long total = count(query.count());
    return new Page<>(total, count == 0 ? List.of() : list(query.page(), mapper));
  }

  /**
   * An admin list page: {@code SELECT columns} + {@code fromWhere} counted, then ordered and cut to
   * page {@code page} (1-based) of {@code pageSize} rows, both in SQL.
   */
  public <T> ListPage<T> listPage(
      String columns,
      SqlFragment fromWhere,
      String orderBy,
      int page,
      int pageSize,
      RowMapper<T> mapper) {
    long total = count(new SqlFragment().sql("SELECT COUNT(*)").append(fromWhere));
    List<T> rows =
        list(
            new SqlFragment()
                .sql("SELECT " + columns)
                .append(fromWhere)
                .sql(" ORDER BY " + orderBy + " LIMIT ")
                .param(pageSize)
                .sql(" OFFSET ")
                .param((long) (page - 1) * pageSize),
            mapper);
    return new ListPage<>(total, page, pageSize, rows);
  }

  /**
   * Rows mapped by {@code mapper}, on the same connection rules as {@link #rows}. The read path
   * maps rows itself: an EclipseLink entity query or {@code find} cost more than the SQL.
   */
  public <T> List<T> list(SqlFragment sql, RowMapper<T> mapper) {
    if (em.isJoinedToTransaction()) {
      return list(em.unwrap(Connection.class), sql, mapper);
    }
    try (Connection connection = reads.getConnection()) {
      return list(connection, sql, mapper);
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  private static <T> List<T> list(Connection connection, SqlFragment sql, RowMapper<T> mapper) {
    try (PreparedStatement statement = prepare(connection, sql);
        ResultSet result = statement.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (result.next()) {
        rows.add(mapper.map(result));
      }
      return rows;
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  public long count(SqlFragment sql) {
    return ((Number) rows(sql).get(0)[0]).longValue();
  }

  public List<Object[]> rows(SqlFragment sql) {
    if (em.isJoinedToTransaction()) {
      return rows(em.unwrap(Connection.class), sql);
    }
    try (Connection connection = reads.getConnection()) {
      return rows(connection, sql);
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  /** Writes always run in the caller's transaction. */
  public int update(SqlFragment sql) {
    try (PreparedStatement statement = prepare(em.unwrap(Connection.class), sql)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  private static List<Object[]> rows(Connection connection, SqlFragment sql) {
    try (PreparedStatement statement = prepare(connection, sql);
        ResultSet result = statement.executeQuery()) {
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
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  /** A statement for {@code sql} on {@code connection}, its parameters bound in order. */
  public static PreparedStatement prepare(Connection connection, SqlFragment sql)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql.text());
    List<Object> parameters = sql.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return statement;
  }
}
