package io.scimtool.scim.patch;

import io.scimtool.scim.filter.PatchPath;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * One operation of a PATCH request (RFC 7644 §3.5.2).
 *
 * @param path the target, or null when the value names the attributes (the resource is the target)
 * @param value the value as sent, or null when the operation had none
 */
public record PatchOperation(PatchOpType op, PatchPath path, JsonValue value) {

  public PatchOperation {
    if (op == null) {
      throw new IllegalArgumentException("op required");
    }
  }

  public Optional<PatchPath> pathOptional() {
    return Optional.ofNullable(path);
  }

  public Optional<JsonValue> valueOptional() {
    return Optional.ofNullable(value);
  }
}
