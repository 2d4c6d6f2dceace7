package io.scimtool.storage.query;

import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimSchemas;
import io.scimtool.scim.filter.AttrPath;
import io.scimtool.scim.filter.Filter;
import io.scimtool.scim.schema.AttributeDefinition;
import io.scimtool.scim.schema.ResolvedAttribute;
import io.scimtool.scim.schema.ScimResourceType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Filters on Users: the common lookups hit indexed columns of {@code scim_user}; every other
 * attribute is matched in {@code scim_user_value}; {@code groups} in the membership table.
 */
public final class UserFilterTranslator extends FilterTranslator {
  /** Attributes with columns of their own; the value index skips them. */
  public static final Set<String> COLUMN_ATTRIBUTES =
      Set.of("userName", "externalId", "displayName", "active");

  private static final Map<String, StoredColumn> COLUMNS =
      Map.of(
          "id", new StoredColumn("u.id", "u.id", Comparisons.Kind.TEXT),
          "username", new StoredColumn("u.user_name", "u.user_name_ci", Comparisons.Kind.TEXT),
          "externalid", new StoredColumn("u.external_id", "u.external_id", Comparisons.Kind.TEXT),
          "displayname",
              new StoredColumn("u.display_name", "u.display_name_ci", Comparisons.Kind.TEXT),
          "active", new StoredColumn("u.active", "u.active", Comparisons.Kind.BOOLEAN),
          "meta.created", new StoredColumn("u.created", "u.created", Comparisons.Kind.DATE_TIME),
          "meta.lastmodified",
              new StoredColumn("u.last_modified", "u.last_modified", Comparisons.Kind.DATE_TIME));

  private static final Relation GROUPS =
      new Relation(
          "scim_group_member %1$s JOIN scim_group %1$sg ON %1$sg.id = %1$s.group_id",
          "%1$s.member_id",
          Map.of(
              "value", new Relation.Column("%1$s.group_id", "%1$s.group_id"),
              "display", new Relation.Column("%1$sg.display_name", "%1$sg.display_name_ci"),
              "type", new Relation.Column("'direct'", "'direct'")),
          "value");

  public UserFilterTranslator(SqlDialect dialect) {
    super(ScimResourceType.USER, dialect);
  }

  @Override
  protected SqlFragment attributeLeaf(ResolvedAttribute attribute, Filter leaf) {
    if (attribute.isExtensionRoot()) {
      return extensionPresence(attribute, leaf);
    }
    String key = columnKey(attribute);
    if (key.equals("schemas")) {
      return Conditions.schemas(leaf, ScimSchemas.USER, presence("e:"));
    }
    if (key.startsWith("meta")) {
      StoredColumn column = COLUMNS.get(key);
      if (column == null) {
        return Conditions.metaWithoutColumn(attribute, leaf, "User");
      }
    }
    StoredColumn column = attribute.extension() ? null : COLUMNS.get(key);
    if (column != null) {
      return valueCondition(
          attribute.target(), column.exact(), column.folded(), column.kind(), leaf);
    }
    if (!attribute.extension() && attribute.attribute().name().equals("groups")) {
      return relationLeaf(GROUPS, "u.id", attribute, leaf);
    }
    return valueLeaf(attribute, leaf);
  }

  @Override
  protected SqlFragment valuePath(ResolvedAttribute attribute, Filter inner) {
    if (!attribute.extension() && attribute.attribute().name().equals("groups")) {
      String alias = alias("m");
      SqlFragment condition =
          inElement(
              attribute.attribute(),
              inner,
              (sub, leaf) -> relationColumn(GROUPS, alias, sub, leaf));
      return GROUPS.in("u.id", alias, condition, false);
    }
    String element = alias("i");
    String base = ValuePaths.attributePath(attribute);
    SqlFragment condition =
        inElement(
            attribute.attribute(),
            inner,
            (sub, leaf) -> sameElement(element, ValuePaths.join(base, sub.name()), sub, leaf));
    return new SqlFragment()
        .sql(
            "u.id IN (SELECT "
                + element
                + ".user_id FROM scim_user_value "
                + element
                + " WHERE "
                + element
                + ".path = ")
        .param(base)
        .sql(" AND ")
        .append(condition)
        .sql(")");
  }

  @Override
  public SqlFragment sortExpression(AttrPath sortBy) {
    ResolvedAttribute attribute =
        type.resolve(sortBy)
            .orElseThrow(
                () -> ScimErrors.invalidValue("Unknown sortBy attribute '" + sortBy + "'"));
    StoredColumn column = attribute.extension() ? null : COLUMNS.get(columnKey(attribute));
    if (column != null) {
      return new SqlFragment().sql(column.folded());
    }
    String path = valuePath(attribute);
    return new SqlFragment()
        .sql("(SELECT MIN(s.value_ci) FROM scim_user_value s WHERE s.user_id = u.id AND s.path = ")
        .param(path)
        .sql(")");
  }

  private SqlFragment valueLeaf(ResolvedAttribute attribute, Filter leaf) {
    AttributeDefinition top = attribute.attribute();
    if (attribute.subAttribute() == null && top.isComplex()) {
      if (leaf instanceof Filter.Present) {
        return presence(ValuePaths.attributePath(attribute));
      }
      if (!top.multiValued() || top.subAttribute("value").isEmpty()) {
        throw ScimErrors.invalidFilter(
            "'" + top.name() + "' is complex: filter on one of its sub-attributes");
      }
    }
    AttributeDefinition target = valueTarget(attribute);
    String path = valuePath(attribute);
    boolean absence = matchesAbsence(leaf);
    Filter positive = absence ? positive(leaf) : leaf;
    String v = alias("v");
    SqlFragment matching =
        new SqlFragment()
            .sql(v + ".path = ")
            .param(path)
            .sql(" AND ")
            .append(
                valueCondition(
                    target, v + ".value_text", v + ".value_ci", textKind(target), positive));
    return new SqlFragment()
        .sql(
            "u.id "
                + (absence ? "NOT IN" : "IN")
                + " (SELECT "
                + v
                + ".user_id FROM scim_user_value "
                + v
                + " WHERE ")
        .append(matching)
        .sql(")");
  }

  /** RFC 7644 §3.4.2.2: a multi-valued complex attribute without sub-attribute means its value. */
  private static AttributeDefinition valueTarget(ResolvedAttribute attribute) {
    if (attribute.subAttribute() != null) {
      return attribute.subAttribute();
    }
    AttributeDefinition top = attribute.attribute();
    return top.isComplex() ? top.subAttribute("value").orElseThrow() : top;
  }

  private static String valuePath(ResolvedAttribute attribute) {
    String base = ValuePaths.attributePath(attribute);
    AttributeDefinition target = valueTarget(attribute);
    return target == attribute.attribute() ? base : ValuePaths.join(base, target.name());
  }

  private SqlFragment sameElement(
      String element, String path, AttributeDefinition sub, Filter leaf) {
    boolean absence = matchesAbsence(leaf);
    Filter positive = absence ? positive(leaf) : leaf;
    String v = alias("v");
    return new SqlFragment()
        .sql(
            (absence ? "NOT " : "")
                + "EXISTS (SELECT 1 FROM scim_user_value "
                + v
                + " WHERE "
                + v
                + ".user_id = "
                + element
                + ".user_id AND "
                + v
                + ".item = "
                + element
                + ".item AND "
                + v
                + ".path = ")
        .param(path)
        .sql(" AND ")
        .append(valueCondition(sub, v + ".value_text", v + ".value_ci", textKind(sub), positive))
        .sql(")");
  }

  private SqlFragment extensionPresence(ResolvedAttribute attribute, Filter leaf) {
    if (!(leaf instanceof Filter.Present)) {
      throw ScimErrors.invalidFilter(
          "'" + attribute.schema().id() + "' is an extension: only 'pr' applies to it as a whole");
    }
    return presence(ValuePaths.prefixOf(attribute.schema().id()));
  }

  private SqlFragment presence(String path) {
    String v = alias("v");
    return new SqlFragment()
        .sql(
            "u.id IN (SELECT "
                + v
                + ".user_id FROM scim_user_value "
                + v
                + " WHERE "
                + v
                + ".path = ")
        .param(path)
        .sql(")");
  }

  static String columnKey(ResolvedAttribute attribute) {
    String key = attribute.attribute().name();
    if (attribute.subAttribute() != null) {
      key += "." + attribute.subAttribute().name();
    }
    return key.toLowerCase(Locale.ROOT);
  }
}
