package io.scimtool.scim.patch;

import io.scimtool.scim.ScimAttributes;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimSchemas;
import io.scimtool.scim.filter.FilterParser;
import io.scimtool.scim.filter.PatchPath;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the body of a PATCH request (RFC 7644 §3.5.2) into operations, checking their shape. */
public final class PatchRequest {
  private PatchRequest() {}

  public static List<PatchOperation> parse(JsonObject body) {
    if (body == null) {
      throw ScimErrors.invalidSyntax("The PATCH request body is empty");
    }
    requirePatchOpSchema(body);
    JsonValue operations =
        ScimAttributes.get(body, "Operations")
            .orElseThrow(
                () -> ScimErrors.invalidSyntax("The PATCH request has no 'Operations' array"));
    if (!(operations instanceof JsonArray array)) {
      throw ScimErrors.invalidSyntax("'Operations' must be an array");
    }
    if (array.isEmpty()) {
      throw ScimErrors.invalidValue("'Operations' must contain at least one operation");
    }
    List<PatchOperation> parsed = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      parsed.add(operation(array.get(i), i));
    }
    return List.copyOf(parsed);
  }

  /**
   * RFC 7644 §3.5.2: the body's {@code schemas} is the PatchOp URN. Microsoft Entra ID always sends
   * it; a body without {@code schemas} is accepted, one naming something else is not.
   */
  private static void requirePatchOpSchema(JsonObject body) {
    Optional<JsonValue> schemas = ScimAttributes.get(body, "schemas");
    if (schemas.isEmpty() || schemas.get().getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    JsonValue value = schemas.get();
    List<JsonValue> urns = value instanceof JsonArray array ? array : List.of(value);
    for (JsonValue urn : urns) {
      if (urn instanceof JsonString text
          && text.getString().equalsIgnoreCase(ScimSchemas.PATCH_OP)) {
        return;
      }
    }
    throw ScimErrors.invalidSyntax(
        "A PATCH request's 'schemas' must be [\"" + ScimSchemas.PATCH_OP + "\"]");
  }

  private static PatchOperation operation(JsonValue json, int index) {
    String where = "Operation " + (index + 1);
    if (!(json instanceof JsonObject object)) {
      throw ScimErrors.invalidSyntax(where + " must be an object");
    }
    PatchOpType op = opType(object, where);
    PatchPath path = path(object, where);
    JsonValue value = ScimAttributes.get(object, "value").orElse(null);
    if (op == PatchOpType.REMOVE && path == null) {
      // RFC 7644 §3.5.2.2: remove without a path is a noTarget error.
      throw ScimErrors.noTarget(where + " (remove) needs a 'path'");
    }
    if (op != PatchOpType.REMOVE && value == null) {
      // RFC 7644 §3.5.2.1 and §3.5.2.3: add and replace MUST carry a value.
      throw ScimErrors.invalidValue(where + " (" + op.wireName() + ") needs a 'value'");
    }
    if (op != PatchOpType.REMOVE
        && path == null
        && value.getValueType() != JsonValue.ValueType.OBJECT) {
      // RFC 7644 §3.5.2.1: without a path the value is an object of the attributes to set.
      throw ScimErrors.invalidValue(
          where + " has no 'path', so its 'value' must be an object of attributes");
    }
    return new PatchOperation(op, path, value);
  }

  private static PatchOpType opType(JsonObject object, String where) {
    JsonValue op =
        ScimAttributes.get(object, "op")
            .orElseThrow(() -> ScimErrors.invalidSyntax(where + " has no 'op'"));
    if (!(op instanceof JsonString text)) {
      throw ScimErrors.invalidSyntax(where + ": 'op' must be a string");
    }
    return PatchOpType.parse(text.getString())
        .orElseThrow(
            () ->
                ScimErrors.invalidSyntax(
                    where
                        + ": unknown op '"
                        + text.getString()
                        + "'; expected add, replace or remove"));
  }

  /** A missing, null or blank path means the resource itself. */
  private static PatchPath path(JsonObject object, String where) {
    Optional<JsonValue> path = ScimAttributes.get(object, "path");
    if (path.isEmpty() || path.get().getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (!(path.get() instanceof JsonString text)) {
      throw ScimErrors.invalidPath(where + ": 'path' must be a string");
    }
    if (text.getString().isBlank()) {
      return null;
    }
    try {
      return FilterParser.parsePath(text.getString());
    } catch (ScimException e) {
      throw ScimErrors.invalidPath(
          where + ": the path '" + text.getString() + "' is not valid: " + e.detail());
    }
  }
}
