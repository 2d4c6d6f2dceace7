package io.scimtool.storage.query;

import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.filter.AttrPath;
import io.scimtool.scim.filter.CompareOp;
import io.scimtool.scim.filter.Filter;
import io.scimtool.scim.filter.Literal;
import io.scimtool.scim.schema.AttributeDefinition;
import io.scimtool.scim.schema.AttributeType;
import io.scimtool.scim.schema.ResolvedAttribute;
import io.scimtool.scim.schema.ScimResourceType;

/**
 * Translates a filter AST into an SQL condition over one resource table, so filtering happens in
 * the database (RFC 7644 §3.4.2.2). Subclasses say where each attribute is stored.
 */
public abstract class FilterTranslator {
  protected final ScimResourceType type;
  protected final SqlDialect dialect;
  private int aliases;

  protected FilterTranslator(ScimResourceType type, SqlDialect dialect) {
    this.type = type;
    this.dialect = dialect;
  }

  /** Conditions on the sub-attributes of one element of a multi-valued attribute. */
  protected interface ElementScope {
    SqlFragment leaf(AttributeDefinition subAttribute, Filter leaf);
  }

  public SqlFragment translate(Filter filter) {
    return node(filter, null, null);
  }

  /** An ORDER BY expression for {@code sortBy} (RFC 7644 §3.4.2.3). */
  public abstract SqlFragment sortExpression(AttrPath sortBy);

  protected abstract SqlFragment attributeLeaf(ResolvedAttribute attribute, Filter leaf);

  protected abstract SqlFragment valuePath(ResolvedAttribute attribute, Filter inner);

  private SqlFragment node(Filter filter, AttributeDefinition parent, ElementScope scope) {
    if (filter instanceof Filter.And and) {
      return binary(and.left(), " AND ", and.right(), parent, scope);
    }
    if (filter instanceof Filter.Or or) {
      return binary(or.left(), " OR ", or.right(), parent, scope);
    }
    if (filter instanceof Filter.Not not) {
      return new SqlFragment().sql("NOT (").append(node(not.filter(), parent, scope)).sql(")");
    }
    if (filter instanceof Filter.ValuePath valuePath) {
      ResolvedAttribute attribute = resolve(valuePath.path());
      if (!attribute.attribute().multiValued() || !attribute.attribute().isComplex()) {
        throw ScimErrors.invalidFilter(
            "'" + valuePath.path() + "' is not a multi-valued complex attribute");
      }
      return valuePath(attribute, valuePath.filter());
    }
    AttrPath path = leafPath(filter);
    if (scope != null) {
      return scope.leaf(subAttributeOf(parent, path), filter);
    }
    return attributeLeaf(resolve(path), filter);
  }

  private SqlFragment binary(
      Filter left, String operator, Filter right, AttributeDefinition parent, ElementScope scope) {
    return new SqlFragment()
        .sql("(")
        .append(node(left, parent, scope))
        .sql(operator)
        .append(node(right, parent, scope))
        .sql(")");
  }

  /** Translates the filter inside {@code attr[...]} against one element at a time. */
  protected SqlFragment inElement(AttributeDefinition parent, Filter inner, ElementScope scope) {
    return node(inner, parent, scope);
  }

  private static AttributeDefinition subAttributeOf(AttributeDefinition parent, AttrPath path) {
    if (path.uri() != null || path.subAttribute() != null) {
      throw ScimErrors.invalidFilter(
          "Inside "
              + parent.name()
              + "[...] name a sub-attribute of "
              + parent.name()
              + ", not '"
              + path
              + "'");
    }
    return parent
        .subAttribute(path.name())
        .orElseThrow(
            () ->
                ScimErrors.invalidFilter(
                    "'" + path.name() + "' is not a sub-attribute of " + parent.name()));
  }

  protected ResolvedAttribute resolve(AttrPath path) {
    return type.resolve(path)
        .orElseThrow(
            () ->
                ScimErrors.invalidFilter(
                    "Unknown attribute '" + path + "' for resource type " + type.name()));
  }

  protected String alias(String base) {
    return base + (++aliases);
  }

  static AttrPath leafPath(Filter leaf) {
    if (leaf instanceof Filter.Compare compare) {
      return compare.path();
    }
    if (leaf instanceof Filter.Present present) {
      return present.path();
    }
    throw new IllegalArgumentException("not a leaf: " + leaf);
  }

  /** The condition of a {@code Compare} or {@code Present} leaf on one stored value. */
  protected SqlFragment valueCondition(
      AttributeDefinition attribute,
      String exact,
      String folded,
      Comparisons.Kind kind,
      Filter leaf) {
    if (leaf instanceof Filter.Present) {
      return Comparisons.present(exact, kind);
    }
    Filter.Compare compare = (Filter.Compare) leaf;
    return Comparisons.compare(
        dialect,
        attribute.name(),
        exact,
        folded,
        kind,
        attribute.caseExact(),
        compare.op(),
        compare.value());
  }

  /** How an attribute's values are stored in text form (value table, member columns). */
  protected static Comparisons.Kind textKind(AttributeDefinition attribute) {
    return attribute.type() == AttributeType.BOOLEAN
        ? Comparisons.Kind.BOOLEAN_TEXT
        : Comparisons.Kind.TEXT;
  }

  /** {@code ne} and {@code eq null} hold for resources without the attribute at all. */
  protected static boolean matchesAbsence(Filter leaf) {
    return leaf instanceof Filter.Compare compare
        && ((compare.op() == CompareOp.NE && !(compare.value() instanceof Literal.Null))
            || (compare.op() == CompareOp.EQ && compare.value() instanceof Literal.Null));
  }

  /** The positive counterpart of a leaf that {@link #matchesAbsence} (ne → eq, eq null → pr). */
  protected static Filter positive(Filter leaf) {
    Filter.Compare compare = (Filter.Compare) leaf;
    return compare.op() == CompareOp.NE
        ? new Filter.Compare(compare.path(), CompareOp.EQ, compare.value())
        : new Filter.Present(compare.path());
  }

  protected SqlFragment relationLeaf(
      Relation relation, String outerKey, ResolvedAttribute attribute, Filter leaf) {
    String alias = alias("m");
    AttributeDefinition sub =
        attribute
            .subAttributeOptional()
            .orElseGet(
                () -> attribute.attribute().subAttribute(relation.defaultSub()).orElseThrow());
    if (attribute.subAttribute() == null && leaf instanceof Filter.Present) {
      return relation.in(outerKey, alias, new SqlFragment().sql("1 = 1"), false);
    }
    boolean absence = matchesAbsence(leaf);
    Filter positive = absence ? positive(leaf) : leaf;
    return relation.in(outerKey, alias, relationColumn(relation, alias, sub, positive), absence);
  }

  protected SqlFragment relationColumn(
      Relation relation, String alias, AttributeDefinition sub, Filter leaf) {
    Relation.Column column =
        relation
            .column(sub.name(), alias)
            .orElseThrow(
                () ->
                    ScimErrors.invalidFilter("Filtering on '" + sub.name() + "' is not supported"));
    return valueCondition(sub, column.exact(), column.folded(), Comparisons.Kind.TEXT, leaf);
  }
}
