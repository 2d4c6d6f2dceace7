package io.scimtool.storage;

import io.scimtool.storage.query.SqlFragment;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;

/** Runs generated SQL through the persistence context, so it joins the current transaction. */
public final class NativeQueries {
  private NativeQueries() {}

  @SuppressWarnings("unchecked")
  public static <T> List<T> entities(EntityManager em, SqlFragment sql, Class<T> entity) {
    return bind(em.createNativeQuery(sql.text(), entity), sql).getResultList();
  }

  public static long count(EntityManager em, SqlFragment sql) {
    return ((Number) bind(em.createNativeQuery(sql.text()), sql).getSingleResult()).longValue();
  }

  @SuppressWarnings("unchecked")
  public static List<Object[]> rows(EntityManager em, SqlFragment sql) {
    return bind(em.createNativeQuery(sql.text()), sql).getResultList();
  }

  public static int update(EntityManager em, SqlFragment sql) {
    return bind(em.createNativeQuery(sql.text()), sql).executeUpdate();
  }

  private static Query bind(Query query, SqlFragment sql) {
    List<Object> parameters = sql.parameters();
    for (int i = 0; i < parameters.size(); i++) {
      query.setParameter(i + 1, parameters.get(i));
    }
    return query;
  }
}
