package io.scimtool.testdata;

import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimSchemas;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** Builds PatchOp request bodies (RFC 7644 §3.5.2) in the shapes identity providers send. */
public final class PatchBuilder {
  private final JsonArrayBuilder operations = Json.createArrayBuilder();

  public static PatchBuilder patch() {
    return new PatchBuilder();
  }

  public PatchBuilder op(String op, String path, JsonValue value) {
    JsonObjectBuilder operation = Json.createObjectBuilder().add("op", op);
    if (path != null) {
      operation.add("path", path);
    }
    if (value != null) {
      operation.add("value", value);
    }
    operations.add(operation);
    return this;
  }

  public PatchBuilder op(String op, String path, String value) {
    return op(op, path, value == null ? null : Json.createValue(value));
  }

  public PatchBuilder op(String op, String path, boolean value) {
    return op(op, path, value ? JsonValue.TRUE : JsonValue.FALSE);
  }

  /** {@code [{"value": id}, ...]}, the member list shape. */
  public static JsonValue members(String... ids) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String id : ids) {
      list.add(Json.createObjectBuilder().add("value", id));
    }
    return list.build();
  }

  public String toJson() {
    return ScimJson.write(
        Json.createObjectBuilder()
            .add("schemas", Json.createArrayBuilder().add(ScimSchemas.PATCH_OP))
            .add("Operations", operations)
            .build());
  }
}
