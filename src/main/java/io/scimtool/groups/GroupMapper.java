package io.scimtool.groups;

import io.scimtool.scim.Jsons;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimSchemas;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Converts between the canonical Group document (without members), the entity and SCIM JSON. */
final class GroupMapper {
  private GroupMapper() {}

  /** RFC 7643 §4.2: displayName is required. */
  static void fill(GroupEntity entity, JsonObject document, Instant now) {
    if (!(document.get("displayName") instanceof JsonString name) || name.getString().isBlank()) {
      throw ScimErrors.invalidValue("Attribute 'displayName' is required");
    }
    entity.setDisplayName(name.getString());
    entity.setExternalId(
        document.get("externalId") instanceof JsonString id ? id.getString() : null);
    entity.setResourceJson(ScimJson.write(document));
    entity.setLastModified(now);
  }

  static JsonObject document(GroupEntity entity) {
    try (var reader = Jsons.createReader(new StringReader(entity.getResourceJson()))) {
      return reader.readObject();
    }
  }

  /** The full resource; {@code members} is null when the caller did not load them. */
  static JsonObject toScim(GroupEntity entity, List<GroupRepository.Member> members, URI base) {
    JsonObjectBuilder out =
        Jsons.createObjectBuilder()
            .add("schemas", Jsons.createArrayBuilder().add(ScimSchemas.GROUP))
            .add("id", entity.getId());
    document(entity).forEach(out::add);
    if (members != null && !members.isEmpty()) {
      JsonArrayBuilder list = Jsons.createArrayBuilder();
      for (GroupRepository.Member member : members) {
        JsonObjectBuilder value =
            Jsons.createObjectBuilder()
                .add("value", member.id())
                .add("$ref", base.resolve(member.type() + "s/" + member.id()).toString())
                .add("type", member.type());
        if (member.display() != null) {
          value.add("display", member.display());
        }
        list.add(value);
      }
      out.add("members", list);
    }
    out.add(
        "meta",
        Jsons.createObjectBuilder()
            .add("resourceType", "Group")
            .add("created", entity.getCreated().toString())
            .add("lastModified", entity.getLastModified().toString())
            .add("location", base.resolve("Groups/" + entity.getId()).toString())
            .add("version", entity.etag()));
    return out.build();
  }
}
