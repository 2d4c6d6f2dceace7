package io.scimtool.testdata;

import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimSchemas;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/** Builds SCIM Group request bodies. */
public final class ScimGroupBuilder {
  private final JsonObjectBuilder json = Json.createObjectBuilder();

  private ScimGroupBuilder(String displayName) {
    json.add("schemas", Json.createArrayBuilder().add(ScimSchemas.GROUP))
        .add("displayName", displayName);
  }

  public static ScimGroupBuilder group(String displayName) {
    return new ScimGroupBuilder(displayName);
  }

  public static ScimGroupBuilder anyGroup() {
    return group("Group " + UUID.randomUUID());
  }

  public ScimGroupBuilder externalId(String externalId) {
    json.add("externalId", externalId);
    return this;
  }

  public ScimGroupBuilder members(String... ids) {
    json.add("members", PatchBuilder.members(ids));
    return this;
  }

  public String toJson() {
    return ScimJson.write(json.build());
  }
}
