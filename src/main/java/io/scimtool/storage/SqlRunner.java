package io.scimtool.storage;

import io.scimtool.storage.query.PageQuery;
import io.scimtool.storage.query.SqlFragment;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
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
 * beside the writer. Entity queries go through JPA so results are entities; EclipseLink's
 * native-query path costs about a millisecond per call, so only those use it.
 */
@ApplicationScoped
public class SqlRunner {
  @PersistenceContext(unitName = "scim")
  EntityManager em;

  @Resource(lookup = "jdbc/scimRead", shareable = false)
  DataSource reads;

  @SuppressWarnings("unchecked")
  public <T> List<T> entities(SqlFragment sql, Class<T> entity) {
    Query query = em.createNativeQuery(sql.text(), entity);
    List<Object> parameters = sql.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query.getResultList();
  }

  /** One page of entities and the total number of matches. */
  public record Page<T>(long totalResults, List<T> rows) {}

  /** Runs a list query: the total always, the page only when rows were asked for. */
  public <T> Page<T> page(PageQuery query, int count, Class<T> entity) {
    long total = count(query.count());
    return new Page<>(total, count == 0 ? List.of() : entities(query.page(), entity));
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

  private static PreparedStatement prepare(Connection connection, SqlFragment sql)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql.text());
    List<Object> parameters = sql.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return statement;
  }
}
