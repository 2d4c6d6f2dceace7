package io.scimtool.scim.errors;

import io.scimtool.scim.ScimJson;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;

final class MappedResponses {
  private MappedResponses() {}

  static JsonObject body(Response response) {
    return ScimJson.parseObject((String) response.getEntity());
  }
}
