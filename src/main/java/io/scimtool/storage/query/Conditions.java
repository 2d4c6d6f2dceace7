package io.scimtool.storage.query;

import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.filter.CompareOp;
import io.scimtool.scim.filter.Filter;
import io.scimtool.scim.schema.ResolvedAttribute;

/** Conditions on attributes every resource has but no column stores. */
final class Conditions {
  private static final SqlFragment TRUE = new SqlFragment().sql("1 = 1");
  private static final SqlFragment FALSE = new SqlFragment().sql("1 = 0");

  private Conditions() {}

  /**
   * {@code schemas eq "<urn>"}: true for the core schema, {@code extensionPresence} for an
   * extension (a resource lists an extension exactly when it has extension attributes).
   */
  static SqlFragment schemas(Filter leaf, String coreSchema, SqlFragment extensionPresence) {
    if (leaf instanceof Filter.Present) {
      return TRUE;
    }
    Filter.Compare compare = (Filter.Compare) leaf;
    if (compare.op() != CompareOp.EQ && compare.op() != CompareOp.NE) {
      throw ScimErrors.invalidFilter("'schemas' supports eq, ne and pr");
    }
    String urn = compare.value().asText();
    SqlFragment matches;
    if (urn != null && urn.equalsIgnoreCase(coreSchema)) {
      matches = TRUE;
    } else if (urn != null
        && ValuePaths.EXTENSION_PREFIXES.keySet().stream().anyMatch(urn::equalsIgnoreCase)) {
      matches = extensionPresence;
    } else {
      matches = FALSE;
    }
    return compare.op() == CompareOp.EQ
        ? matches
        : new SqlFragment().sql("NOT (").append(matches).sql(")");
  }

  /** meta.resourceType is the same for every row; meta.location and meta.version are derived. */
  static SqlFragment metaWithoutColumn(
      ResolvedAttribute attribute, Filter leaf, String resourceType) {
    if (leaf instanceof Filter.Present) {
      return TRUE;
    }
    Filter.Compare compare = (Filter.Compare) leaf;
    if (attribute.subAttribute() != null
        && attribute.subAttribute().name().equals("resourceType")
        && (compare.op() == CompareOp.EQ || compare.op() == CompareOp.NE)) {
      boolean equal = resourceType.equalsIgnoreCase(String.valueOf(compare.value().asText()));
      return (compare.op() == CompareOp.EQ) == equal ? TRUE : FALSE;
    }
    throw ScimErrors.invalidFilter(
        "Filtering on '"
            + attribute.attribute().name()
            + (attribute.subAttribute() == null ? "" : "." + attribute.subAttribute().name())
            + "' with "
            + compare.op().name().toLowerCase()
            + " is not supported");
  }
}
