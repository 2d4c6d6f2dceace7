package io.scimtool.groups;

import io.scimtool.scim.SearchRequest;
import io.scimtool.storage.Columns;
import io.scimtool.storage.InstantTextConverter;
import io.scimtool.storage.MemberNames;
import io.scimtool.storage.SqlRunner;
import io.scimtool.storage.StorageState;
import io.scimtool.storage.query.GroupFilterTranslator;
import io.scimtool.storage.query.PageQuery;
import io.scimtool.storage.query.SqlFragment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence of groups and their membership rows; callers own transactions. */
@ApplicationScoped
public class GroupRepository {
  private static final int CHUNK = 500;

  private static final Map<String, Object> FRESH =
      Map.of(
          "jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS,
          "jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH);

  @PersistenceContext(unitName = "scim")
  EntityManager em;

  @Inject StorageState storage;
  @Inject SqlRunner sql;

  /** A member as the group's {@code members} attribute shows it. */
  public record Member(String id, String type, String display) {}

  /** The read path: one indexed query on the read pool, no persistence context. */
  public Optional<GroupEntity> findById(String id) {
    return sql
        .list(
            new SqlFragment().sql("SELECT * FROM scim_group WHERE id = ").param(id),
            GroupEntity::fromRow)
        .stream()
        .findFirst();
  }

  /**
   * Reads the row from the database, not the shared cache, inside the caller's write transaction,
   * on the pool's one write connection: concurrent writers wait for that connection, so the version
   * read is the one the update will check, and they serialise instead of failing optimistic
   * locking.
   */
  public Optional<GroupEntity> findForWrite(String id) {
    return Optional.ofNullable(em.find(GroupEntity.class, id, FRESH));
  }

  /** Inserts and flushes, so constraint violations surface inside the caller's method. */
  public void insert(GroupEntity group) {
    em.persist(group);
    em.flush();
  }

  public void flush() {
    em.flush();
  }

  /** The group's own membership rows go by cascade; its memberships in other groups end too. */
  public void delete(GroupEntity group) {
    this.sql.update(
        new SqlFragment()
            .sql("DELETE FROM scim_group_member WHERE member_id = ")
            .param(group.getId()));
    em.remove(group);
    em.flush();
  }

  public SqlRunner.Page<GroupEntity> search(SearchRequest request) {
    PageQuery query =
        PageQuery.of(new GroupFilterTranslator(storage.dialect()), "scim_group", "g", request);
    return sql.page(query, request.count(), GroupEntity::fromRow);
  }

  /**
   * Members of each group with their current names, in one query for all the groups, read from the
   * listing index alone (V6).
   */
  public Map<String, List<Member>> membersOf(List<String> groupIds) {
    Map<String, List<Member>> members = new LinkedHashMap<>();
    if (groupIds.isEmpty()) {
      return members;
    }
    // One group (a GET by id) needs no group column: a 10,000-member group is 10,000 fewer reads.
    boolean oneGroup = groupIds.size() == 1;
    SqlFragment sql =
        new SqlFragment()
            .sql(
                "SELECT m.member_id, m.member_type, m.member_display"
                    + (oneGroup ? "" : ", m.group_id")
                    + " FROM scim_group_member m"
                    + storage.dialect().indexedBy("ix_scim_group_member_listing")
                    + " WHERE m.group_id IN (");
    sql.paramList(groupIds).sql(") ORDER BY m.group_id, m.added, m.member_id");
    List<GroupMember> rows =
        this.sql.list(
            sql,
            row ->
                new GroupMember(
                    oneGroup ? groupIds.get(0) : Columns.text(row, 4),
                    new Member(Columns.text(row, 1), Columns.text(row, 2), Columns.text(row, 3))));
    List<Member> current = null;
    String currentGroup = null;
    for (GroupMember row : rows) {
      if (!row.groupId().equals(currentGroup)) {
        currentGroup = row.groupId();
        current = members.computeIfAbsent(currentGroup, k -> new ArrayList<>());
      }
      current.add(row.member());
    }
    return members;
  }

  private record GroupMember(String groupId, Member member) {}

  /** A user or group that can be a member: its type ("User" or "Group") and current name. */
  public record Target(String type, String name) {}

  /** Which of these ids name a user or a group, with its type and current name. */
  public Map<String, Target> targets(Collection<String> ids) {
    Map<String, Target> targets = new HashMap<>();
    if (ids.isEmpty()) {
      return targets;
    }
    for (List<String> chunk : chunks(List.copyOf(ids))) {
      SqlFragment sql =
          new SqlFragment()
              .sql(
                  "SELECT id, 'User', COALESCE(display_name, user_name) FROM scim_user"
                      + storage.dialect().indexedBy("ix_scim_user_member_names")
                      + " WHERE id IN (");
      sql.paramList(chunk)
          .sql(") UNION ALL SELECT id, 'Group', display_name FROM scim_group WHERE id IN (");
      sql.paramList(chunk).sql(")");
      for (Object[] row : this.sql.rows(sql)) {
        targets.put((String) row[0], new Target((String) row[1], (String) row[2]));
      }
    }
    return targets;
  }

  /**
   * The group's current members among {@code ids} (all of them when {@code ids} is null), each with
   * its current name, in the order they were added.
   */
  public List<Member> membersAmong(String groupId, Collection<String> ids) {
    if (ids == null) {
      return membersOf(List.of(groupId)).getOrDefault(groupId, List.of());
    }
    List<Member> members = new ArrayList<>();
    for (List<String> chunk : chunks(List.copyOf(ids))) {
      SqlFragment sql =
          new SqlFragment()
              .sql(
                  "SELECT m.member_id, m.member_type, m.member_display"
                      + " FROM scim_group_member m WHERE m.group_id = ")
              .param(groupId)
              .sql(" AND m.member_id IN (");
      sql.paramList(chunk).sql(") ORDER BY m.added, m.member_id");
      for (Object[] row : this.sql.rows(sql)) {
        members.add(new Member((String) row[0], (String) row[1], (String) row[2]));
      }
    }
    return members;
  }

  public long memberCount(String groupId) {
    return sql.count(
        new SqlFragment()
            .sql("SELECT COUNT(*) FROM scim_group_member WHERE group_id = ")
            .param(groupId));
  }

  /**
   * Adds members, each with its type and current name; ones already present are left as they are
   * (one row each, no rewrite).
   */
  public void addMembers(String groupId, Map<String, Target> members, Instant now) {
    String added = new InstantTextConverter().convertToDatabaseColumn(now);
    for (List<String> chunk : chunks(List.copyOf(members.keySet()))) {
      SqlFragment sql =
          new SqlFragment()
              .sql(
                  "INSERT INTO scim_group_member"
                      + " (group_id, member_id, member_type, member_display, added) VALUES ");
      for (int i = 0; i < chunk.size(); i++) {
        String memberId = chunk.get(i);
        Target target = members.get(memberId);
        sql.sql(i == 0 ? "(" : ", (")
            .param(groupId)
            .sql(", ")
            .param(memberId)
            .sql(", ")
            .param(target.type())
            .sql(", ")
            .param(target.name())
            .sql(", ")
            .param(added)
            .sql(")");
      }
      sql.sql(" ON CONFLICT (group_id, member_id) DO NOTHING");
      this.sql.update(sql);
    }
  }

  /** The group's memberships in other groups show its new name. */
  public void renamed(String groupId, String displayName) {
    MemberNames.renamed(sql, groupId, displayName);
  }

  public int removeMembers(String groupId, Collection<String> memberIds) {
    int removed = 0;
    for (List<String> chunk : chunks(List.copyOf(memberIds))) {
      SqlFragment sql =
          new SqlFragment()
              .sql("DELETE FROM scim_group_member WHERE group_id = ")
              .param(groupId)
              .sql(" AND member_id IN (");
      sql.paramList(chunk).sql(")");
      removed += this.sql.update(sql);
    }
    return removed;
  }

  public int removeAllMembers(String groupId) {
    return this.sql.update(
        new SqlFragment().sql("DELETE FROM scim_group_member WHERE group_id = ").param(groupId));
  }

  /** Bounded statements: both SQLite and PostgreSQL cap the parameters of one statement. */
  private static List<List<String>> chunks(List<String> values) {
    List<List<String>> chunks = new ArrayList<>();
    for (int start = 0; start < values.size(); start += CHUNK) {
      chunks.add(values.subList(start, Math.min(values.size(), start + CHUNK)));
    }
    return chunks;
  }
}
