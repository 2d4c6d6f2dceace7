package io.scimtool.scim.patch;

import static io.scimtool.testdata.JsonText.json;

import io.scimtool.scim.ScimSchemas;
import io.scimtool.scim.schema.ScimResourceType;
import jakarta.json.JsonObject;
import java.util.Set;

/** PATCH request bodies as identity providers send them, run through parser and engine. */
final class PatchFixtures {
  static final String ENT = ScimSchemas.ENTERPRISE_USER;

  private PatchFixtures() {}

  /** A PatchOp body with these operations, each in {@link io.scimtool.testdata.JsonText} style. */
  static JsonObject body(String... operations) {
    return json(
        "{'schemas':['"
            + ScimSchemas.PATCH_OP
            + "'],'Operations':["
            + String.join(",", operations)
            + "]}");
  }

  static PatchResult patch(
      ScimResourceType type, JsonObject resource, Set<String> delegated, String... operations) {
    return PatchEngine.apply(type, resource, PatchRequest.parse(body(operations)), delegated);
  }

  static JsonObject patchUser(JsonObject user, String... operations) {
    return patch(ScimResourceType.USER, user, Set.of(), operations).resource();
  }
}
