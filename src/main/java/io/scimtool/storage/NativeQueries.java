package io.scimtool.storage;

import io.scimtool.storage.query.SqlFragment;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs generated SQL inside the current transaction. Plain statements go straight to the JDBC
 * connection the persistence context holds (EclipseLink's native-query path costs about a
 * millisecond per call in parsing and bookkeeping); entity queries go through JPA so that the
 * results are managed entities.
 */
public final class NativeQueries {
  private NativeQueries() {}

  @SuppressWarnings("unchecked")
  public static <T> List<T> entities(EntityManager em, SqlFragment sql, Class<T> entity) {
    Query query = em.createNativeQuery(sql.text(), entity);
    List<Object> parameters = sql.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query.getResultList();
  }

  public static long count(EntityManager em, SqlFragment sql) {
    List<Object[]> rows = rows(em, sql);
    return ((Number) rows.get(0)[0]).longValue();
  }

  public static List<Object[]> rows(EntityManager em, SqlFragment sql) {
    try (PreparedStatement statement = prepare(em, sql);
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

  public static int update(EntityManager em, SqlFragment sql) {
    try (PreparedStatement statement = prepare(em, sql)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new PersistenceException(e);
    }
  }

  private static PreparedStatement prepare(EntityManager em, SqlFragment sql) throws SQLException {
    // Within a JTA transaction EclipseLink hands out the connection it holds, so these statements
    // run in the same transaction as the entity changes (and the single pooled connection is
    // never requested twice).
    Connection connection = em.unwrap(Connection.class);
    PreparedStatement statement = connection.prepareStatement(sql.text());
    List<Object> parameters = sql.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      statement.setObject(i + 1, parameters.get(i));
    }
    return statement;
  }
}
