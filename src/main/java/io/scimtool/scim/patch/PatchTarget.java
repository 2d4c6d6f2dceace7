package io.scimtool.scim.patch;

import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimException;
import io.scimtool.scim.filter.AttrPath;
import io.scimtool.scim.filter.Filter;
import io.scimtool.scim.filter.FilterEvaluator;
import io.scimtool.scim.filter.PatchPath;
import io.scimtool.scim.schema.AttributeDefinition;
import io.scimtool.scim.schema.Mutability;
import io.scimtool.scim.schema.ResolvedAttribute;
import io.scimtool.scim.schema.ScimResourceType;

/**
 * A PATCH path resolved against a resource type: the top-level attribute, where it is stored, an
 * optional value filter and an optional sub-attribute (from {@code name.givenName} or from {@code
 * emails[type eq "work"].value}).
 */
record PatchTarget(
    ResolvedAttribute resolved,
    AttributeSlot slot,
    Filter filter,
    AttributeDefinition subAttribute,
    String label) {

  static PatchTarget resolve(ScimResourceType type, PatchPath path) {
    AttrPath attrPath = path.attribute();
    ResolvedAttribute resolved = type.resolve(attrPath).orElseThrow(() -> unknown(type, attrPath));
    AttributeDefinition attribute = resolved.attribute();
    AttributeDefinition sub = resolved.subAttribute();
    if (path.valueFilter() != null) {
      if (!attribute.multiValued() || !attribute.isComplex()) {
        throw ScimErrors.invalidPath(
            "'" + attrPath + "' is not a multi-valued complex attribute, so it takes no filter");
      }
      try {
        FilterEvaluator.requireKnownAttributes(path.valueFilter(), attribute);
      } catch (ScimException e) {
        throw ScimErrors.invalidPath(e.detail());
      }
      if (path.subAttribute() != null) {
        sub =
            attribute
                .subAttribute(path.subAttribute())
                .orElseThrow(
                    () ->
                        ScimErrors.invalidPath(
                            "'"
                                + attribute.name()
                                + "' has no sub-attribute '"
                                + path.subAttribute()
                                + "'"));
      }
    }
    return new PatchTarget(
        resolved, slotOf(resolved), path.valueFilter(), sub, label(resolved, sub));
  }

  AttributeDefinition attribute() {
    return resolved.attribute();
  }

  /** The definition the operation's value is for. */
  AttributeDefinition valueDefinition() {
    return subAttribute != null ? subAttribute : attribute();
  }

  /** RFC 7643 §7 mutability, checked for paths that reach the document. */
  void checkMutability(PatchOpType op) {
    if (resolved.schema() == null && !attribute().name().equals("externalId")) {
      // RFC 7643 §3.1: id and meta are assigned by the server; schemas is derived from the data.
      throw ScimErrors.mutability("'" + attribute().name() + "' is set by the server");
    }
    if (attribute().mutability() == Mutability.READ_ONLY
        || (subAttribute != null && subAttribute.mutability() == Mutability.READ_ONLY)) {
      throw ScimErrors.mutability("'" + label + "' is readOnly");
    }
    // RFC 7643 §7: an immutable value may be added but never replaced or removed.
    if (valueDefinition().mutability() == Mutability.IMMUTABLE && op != PatchOpType.ADD) {
      throw ScimErrors.mutability("'" + label + "' is immutable");
    }
  }

  private static AttributeSlot slotOf(ResolvedAttribute resolved) {
    if (resolved.isExtensionRoot()) {
      return new AttributeSlot(null, resolved.schema().id());
    }
    if (resolved.extension()) {
      return new AttributeSlot(resolved.schema().id(), resolved.attribute().name());
    }
    return new AttributeSlot(null, resolved.attribute().name());
  }

  private static String label(ResolvedAttribute resolved, AttributeDefinition sub) {
    String name =
        resolved.extension() && !resolved.isExtensionRoot()
            ? resolved.schema().id() + ":" + resolved.attribute().name()
            : resolved.attribute().name();
    return sub == null ? name : name + "." + sub.name();
  }

  private static ScimException unknown(ScimResourceType type, AttrPath path) {
    if (path.subAttribute() != null
        && type.resolve(new AttrPath(path.uri(), path.name(), null)).isPresent()) {
      return ScimErrors.invalidPath(
          "'" + path.name() + "' has no sub-attribute '" + path.subAttribute() + "'");
    }
    return ScimErrors.invalidPath(
        "'" + path + "' is not an attribute of the " + type.name() + " resource type");
  }
}
