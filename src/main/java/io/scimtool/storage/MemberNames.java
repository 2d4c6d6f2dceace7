package io.scimtool.storage;

import io.scimtool.storage.query.SqlFragment;

/**
 * Membership rows keep their member's name (V6), so a group's members are listed from one index.
 * Whatever renames a user or a group updates them here, inside the renaming transaction.
 */
public final class MemberNames {
  private MemberNames() {}

  /** The member's rows in every group now show {@code name}; uses the member_id index. */
  public static void renamed(SqlRunner sql, String memberId, String name) {
    sql.update(
        new SqlFragment()
            .sql("UPDATE scim_group_member SET member_display = ")
            .param(name)
            .sql(" WHERE member_id = ")
            .param(memberId));
  }
}
