-- A group's members are shown with their current names. Looking each one up (10,000 index searches
-- for a 10,000-member group, ~30 ms of SQLite time here) made the largest groups the slowest read:
-- each membership row now keeps its member's name, and a write that renames a user or a group
-- updates that member's rows (one indexed UPDATE by member_id).
ALTER TABLE scim_group_member ADD COLUMN member_display VARCHAR(512);

UPDATE scim_group_member
   SET member_display = (SELECT COALESCE(u.display_name, u.user_name) FROM scim_user u
                          WHERE u.id = scim_group_member.member_id)
 WHERE member_type = 'User';

UPDATE scim_group_member
   SET member_display = (SELECT g.display_name FROM scim_group g
                          WHERE g.id = scim_group_member.member_id)
 WHERE member_type = 'Group';

-- A group's members in the order they were added, from this index alone: no sort, no row lookups.
CREATE INDEX ix_scim_group_member_listing
    ON scim_group_member (group_id, added, member_id, member_type, member_display);
