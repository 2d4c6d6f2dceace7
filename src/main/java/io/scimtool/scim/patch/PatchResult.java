package io.scimtool.scim.patch;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * The outcome of a PATCH request.
 *
 * @param resource the patched resource in stored form
 * @param delegated the operations on delegated attributes, in request order, for the caller to
 *     apply
 */
public record PatchResult(JsonObject resource, List<DelegatedOperation> delegated) {

  public PatchResult {
    delegated = List.copyOf(delegated);
  }
}
