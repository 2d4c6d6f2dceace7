package io.scimtool.storage.query;

import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimSchemas;
import io.scimtool.scim.filter.AttrPath;
import io.scimtool.scim.filter.Filter;
import io.scimtool.scim.schema.ResolvedAttribute;
import io.scimtool.scim.schema.ScimResourceType;
import java.util.Map;

/** Filters on Groups: columns of {@code scim_group}, members in {@code scim_group_member}. */
public final class GroupFilterTranslator extends FilterTranslator {
  private static final Map<String, StoredColumn> COLUMNS =
      Map.of(
          "id", new StoredColumn("g.id", "g.id", Comparisons.Kind.TEXT),
          "displayname",
              new StoredColumn("g.display_name", "g.display_name_ci", Comparisons.Kind.TEXT),
          "externalid", new StoredColumn("g.external_id", "g.external_id", Comparisons.Kind.TEXT),
          "meta.created", new StoredColumn("g.created", "g.created", Comparisons.Kind.DATE_TIME),
          "meta.lastmodified",
              new StoredColumn("g.last_modified", "g.last_modified", Comparisons.Kind.DATE_TIME));

  /**
   * members.display is the member's current name: a user's displayName or userName, or a group's.
   */
  static final Relation MEMBERS =
      new Relation(
          "scim_group_member %1$s LEFT JOIN scim_user %1$su ON %1$su.id = %1$s.member_id"
              + " LEFT JOIN scim_group %1$sg ON %1$sg.id = %1$s.member_id",
          "%1$s.group_id",
          Map.of(
              "value", new Relation.Column("%1$s.member_id", "%1$s.member_id"),
              "type", new Relation.Column("%1$s.member_type", "lower(%1$s.member_type)"),
              "display",
                  new Relation.Column(
                      "COALESCE(%1$su.display_name, %1$su.user_name, %1$sg.display_name)",
                      "COALESCE(%1$su.display_name_ci, %1$su.user_name_ci, %1$sg.display_name_ci)")),
          "value");

  public GroupFilterTranslator(SqlDialect dialect) {
    super(ScimResourceType.GROUP, dialect);
  }

  @Override
  protected SqlFragment attributeLeaf(ResolvedAttribute attribute, Filter leaf) {
    String key = UserFilterTranslator.columnKey(attribute);
    if (key.equals("schemas")) {
      return Conditions.schemas(leaf, ScimSchemas.GROUP, new SqlFragment().sql("1 = 0"));
    }
    StoredColumn column = COLUMNS.get(key);
    if (column != null) {
      return valueCondition(
          attribute.target(), column.exact(), column.folded(), column.kind(), leaf);
    }
    if (key.startsWith("meta")) {
      return Conditions.metaWithoutColumn(attribute, leaf, "Group");
    }
    if (attribute.attribute().name().equals("members")) {
      return relationLeaf(MEMBERS, "g.id", attribute, leaf);
    }
    throw ScimErrors.invalidFilter(
        "Filtering on '" + attribute.attribute().name() + "' is not supported");
  }

  @Override
  protected SqlFragment valuePath(ResolvedAttribute attribute, Filter inner) {
    String alias = alias("m");
    SqlFragment condition =
        inElement(
            attribute.attribute(), inner, (sub, leaf) -> relationColumn(MEMBERS, alias, sub, leaf));
    return MEMBERS.in("g.id", alias, condition, false);
  }

  @Override
  public SqlFragment sortExpression(AttrPath sortBy) {
    ResolvedAttribute attribute =
        type.resolve(sortBy)
            .orElseThrow(
                () -> ScimErrors.invalidValue("Unknown sortBy attribute '" + sortBy + "'"));
    StoredColumn column = COLUMNS.get(UserFilterTranslator.columnKey(attribute));
    if (column == null) {
      throw ScimErrors.invalidValue("Sorting groups by '" + sortBy + "' is not supported");
    }
    return new SqlFragment().sql(column.folded());
  }
}
