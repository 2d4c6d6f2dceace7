package io.scimtool.users;

import io.scimtool.scim.SearchRequest;
import io.scimtool.scim.schema.ScimResourceType;
import io.scimtool.storage.MemberNames;
import io.scimtool.storage.SqlRunner;
import io.scimtool.storage.StorageState;
import io.scimtool.storage.query.PageQuery;
import io.scimtool.storage.query.SqlFragment;
import io.scimtool.storage.query.UserFilterTranslator;
import io.scimtool.storage.query.ValueIndexer;
import io.scimtool.storage.query.ValueRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence of users, their value index and their group lookups; callers own transactions. */
@ApplicationScoped
public class UserRepository {
  private static final ValueIndexer INDEXER =
      new ValueIndexer(ScimResourceType.USER, UserFilterTranslator.COLUMN_ATTRIBUTES);

  private static final Map<String, Object> FRESH =
      Map.of(
          "jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS,
          "jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH);

  @PersistenceContext(unitName = "scim")
  EntityManager em;

  @Inject StorageState storage;
  @Inject SqlRunner sql;

  /** A group the user belongs to, as the user's {@code groups} attribute shows it. */
  public record GroupRef(String id, String displayName) {}

  /** The read path: one indexed query on the read pool, no persistence context. */
  public Optional<UserEntity> findById(String id) {
    return sql
        .list(
            new SqlFragment().sql("SELECT * FROM scim_user WHERE id = ").param(id),
            UserEntity::fromRow)
        .stream()
        .findFirst();
  }

  /** The user's display name, else userName; null when there is no such user. */
  public String nameOf(String id) {
    List<Object[]> rows =
        sql.rows(
            new SqlFragment()
                .sql("SELECT COALESCE(display_name, user_name) FROM scim_user WHERE id = ")
                .param(id));
    return rows.isEmpty() ? null : (String) rows.get(0)[0];
  }

  /**
   * Reads the row from the database, not the shared cache, inside the caller's write transaction,
   * on the pool's one write connection: concurrent writers wait for that connection, so the version
   * read is the one the update will check, and they serialise instead of failing optimistic
   * locking.
   */
  public Optional<UserEntity> findForWrite(String id) {
    return Optional.ofNullable(em.find(UserEntity.class, id, FRESH));
  }

  /** Inserts and flushes, so constraint violations surface inside the caller's method. */
  public void insert(UserEntity user, JsonObject document) {
    em.persist(user);
    em.flush();
    for (SqlFragment insert : ValueRows.inserts(user.getId(), INDEXER.rows(document))) {
      this.sql.update(insert);
    }
  }

  /** Writes the row and only the indexed values that differ between the two documents. */
  public void update(UserEntity user, JsonObject before, JsonObject after) {
    em.flush();
    for (SqlFragment change :
        ValueRows.changes(user.getId(), INDEXER.rows(before), INDEXER.rows(after))) {
      this.sql.update(change);
    }
  }

  /** The user's memberships show its new name. */
  public void renamed(UserEntity user) {
    MemberNames.renamed(sql, user.getId(), user.memberName());
  }

  /** Deleting a user ends its memberships; its indexed values go by foreign-key cascade. */
  public void delete(UserEntity user) {
    this.sql.update(
        new SqlFragment()
            .sql("DELETE FROM scim_group_member WHERE member_id = ")
            .param(user.getId()));
    em.remove(user);
    em.flush();
  }

  public boolean externalIdTaken(String externalId, String exceptId) {
    return this.sql.count(
            new SqlFragment()
                .sql("SELECT COUNT(*) FROM scim_user WHERE external_id = ")
                .param(externalId)
                .sql(" AND id <> ")
                .param(exceptId == null ? "" : exceptId))
        > 0;
  }

  public SqlRunner.Page<UserEntity> search(SearchRequest request) {
    PageQuery query =
        PageQuery.of(new UserFilterTranslator(storage.dialect()), "scim_user", "u", request);
    return sql.page(query, request.count(), UserEntity::fromRow);
  }

  /** The groups of each user, in one query for the whole page (no N+1). */
  public Map<String, List<GroupRef>> groupsOf(List<String> userIds) {
    Map<String, List<GroupRef>> groups = new LinkedHashMap<>();
    if (userIds.isEmpty()) {
      return groups;
    }
    SqlFragment sql =
        new SqlFragment()
            .sql(
                "SELECT m.member_id, g.id, g.display_name FROM scim_group_member m"
                    + " JOIN scim_group g ON g.id = m.group_id WHERE m.member_id IN (");
    sql.paramList(userIds).sql(") ORDER BY g.display_name_ci");
    for (Object[] row : this.sql.rows(sql)) {
      groups
          .computeIfAbsent((String) row[0], k -> new ArrayList<>())
          .add(new GroupRef((String) row[1], (String) row[2]));
    }
    return groups;
  }
}
