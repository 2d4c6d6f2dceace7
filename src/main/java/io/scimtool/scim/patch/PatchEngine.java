package io.scimtool.scim.patch;

import io.scimtool.scim.ScimAttributes;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.filter.FilterParser;
import io.scimtool.scim.filter.PatchPath;
import io.scimtool.scim.schema.AttributeDefinition;
import io.scimtool.scim.schema.Mutability;
import io.scimtool.scim.schema.ResourceNormalizer;
import io.scimtool.scim.schema.ScimResourceType;
import io.scimtool.scim.schema.ValueNormalizer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies PATCH operations (RFC 7644 §3.5.2) to a resource in stored form, in order. Any error
 * aborts the whole request (§3.5.2: a PATCH is atomic): the input is never changed and nothing is
 * returned, so the caller's transaction rolls back.
 */
public final class PatchEngine {
  private final ScimResourceType type;
  private final Set<String> delegatedAttributes;
  private final List<DelegatedOperation> delegated = new ArrayList<>();
  private JsonObject document;

  private PatchEngine(ScimResourceType type, JsonObject document, Set<String> delegatedAttributes) {
    this.type = type;
    this.document = document;
    this.delegatedAttributes = delegatedAttributes == null ? Set.of() : delegatedAttributes;
  }

  public static PatchResult apply(
      ScimResourceType type, JsonObject resource, List<PatchOperation> operations) {
    return apply(type, resource, operations, Set.of());
  }

  /**
   * @param delegatedAttributes canonical names of top-level attributes kept outside the document
   *     (the group service passes {@code members}); their operations are returned, not applied. The
   *     writeOnly {@code password} is always delegated.
   */
  public static PatchResult apply(
      ScimResourceType type,
      JsonObject resource,
      List<PatchOperation> operations,
      Set<String> delegatedAttributes) {
    return applyToStored(
        type, ResourceNormalizer.normalize(type, resource), operations, delegatedAttributes);
  }

  /**
   * {@link #apply} for a resource this server stored, which is in stored form already: it is not
   * normalized again, and the attributes the operations leave alone are taken over as they are.
   */
  public static PatchResult applyToStored(
      ScimResourceType type,
      JsonObject stored,
      List<PatchOperation> operations,
      Set<String> delegatedAttributes) {
    PatchEngine engine = new PatchEngine(type, stored, delegatedAttributes);
    for (PatchOperation operation : operations) {
      engine.apply(operation);
    }
    return new PatchResult(
        ResourceNormalizer.normalize(type, engine.document, stored), engine.delegated);
  }

  private void apply(PatchOperation operation) {
    if (operation.path() == null) {
      if (operation.op() == PatchOpType.REMOVE) {
        throw ScimErrors.noTarget("remove needs a 'path'"); // RFC 7644 §3.5.2.2
      }
      if (!(operation.value() instanceof JsonObject attributes)) {
        throw ScimErrors.invalidValue(
            "Without a 'path', the 'value' must be an object of attributes");
      }
      applyWithoutPath(operation.op(), attributes);
    } else {
      applyAt(operation.op(), operation.path(), operation.value());
    }
  }

  /**
   * RFC 7644 §3.5.2.1 and §3.5.2.3: without a path, each attribute in the value is added or
   * replaced as if it were the path, so keys may be dotted ({@code name.givenName}), URN-qualified,
   * or a whole extension's URN. Microsoft Entra ID and others echo {@code schemas}, {@code id} and
   * {@code meta}; those keys are ignored rather than refused.
   */
  private void applyWithoutPath(PatchOpType op, JsonObject attributes) {
    for (Map.Entry<String, JsonValue> entry : attributes.entrySet()) {
      if (ScimAttributes.isNamed(entry.getKey(), "schemas", "id", "meta")) {
        continue;
      }
      applyAt(op, FilterParser.parsePath(entry.getKey()), entry.getValue());
    }
  }

  private void applyAt(PatchOpType op, PatchPath path, JsonValue value) {
    PatchTarget target = PatchTarget.resolve(type, path);
    if (isDelegated(target)) {
      delegated.add(delegation(op, target, value));
      return;
    }
    target.checkMutability(op);
    if (target.attribute().multiValued()) {
      document = MultiValuedEdits.apply(document, target, op, value);
    } else {
      document = SingleValuedEdits.apply(document, target, op, value);
    }
  }

  private boolean isDelegated(PatchTarget target) {
    AttributeDefinition attribute = target.attribute();
    if (attribute.mutability() == Mutability.WRITE_ONLY) {
      return true;
    }
    return !target.resolved().extension()
        && delegatedAttributes.stream().anyMatch(name -> name.equalsIgnoreCase(attribute.name()));
  }

  /** The value is checked and normalised here, so the caller receives it in stored form. */
  private static DelegatedOperation delegation(
      PatchOpType op, PatchTarget target, JsonValue value) {
    JsonValue normalized = null;
    if (value != null) {
      AttributeDefinition definition = target.valueDefinition();
      normalized =
          (target.filter() != null && target.subAttribute() == null
                  ? ValueNormalizer.normalizeSingle(definition, value, target.label())
                  : ValueNormalizer.normalize(definition, value, target.label()))
              .orElse(null);
    }
    return new DelegatedOperation(
        op,
        target.attribute().name(),
        target.filter(),
        target.subAttribute() == null ? null : target.subAttribute().name(),
        normalized);
  }
}
