package io.scimtool.groups;

import io.scimtool.scim.JsonOut;
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

  /**
   * The same representation as {@link #toScim}, written as text around the stored document (compact
   * JSON, copied rather than parsed) and the member rows; null when the stored text is not such a
   * document. A 10,000-member group is one pass over its rows.
   */
  static String text(GroupEntity entity, List<GroupRepository.Member> members, String base) {
    String document = entity.getResourceJson();
    int memberCount = members == null ? 0 : members.size();
    StringBuilder out = new StringBuilder(capacity(document, members, base));
    out.append("{\"schemas\":[\"").append(ScimSchemas.GROUP).append("\"],\"id\":");
    JsonOut.string(out, entity.getId());
    if (!JsonOut.appendMembers(out, document)) {
      return null;
    }
    if (memberCount > 0) {
      out.append(",\"members\":[");
      for (int i = 0; i < memberCount; i++) {
        GroupRepository.Member member = members.get(i);
        JsonOut.string(JsonOut.key(out.append(i == 0 ? "{" : ",{"), "value"), member.id());
        JsonOut.member(out, "$ref", base + member.type() + "s/" + member.id());
        JsonOut.member(out, "type", member.type());
        if (member.display() != null) {
          JsonOut.member(out, "display", member.display());
        }
        out.append('}');
      }
      out.append(']');
    }
    return entity
        .appendMeta(out, "Group", base + "Groups/" + entity.getId())
        .append('}')
        .toString();
  }

  /**
   * Room for the whole text, so the builder never grows: growing a 10,000-member group's builder
   * (1.7 MB) copied it again at each doubling, 10 % of that read's CPU.
   */
  private static int capacity(String document, List<GroupRepository.Member> members, String base) {
    long capacity = document.length() + 320L + base.length();
    if (members != null) {
      for (GroupRepository.Member member : members) {
        String display = member.display();
        // {"value":"…","$ref":"<base><type>s/…","type":"…","display":"…"} plus a few escapes
        capacity +=
            56
                + 2L * member.id().length()
                + base.length()
                + 2L * member.type().length()
                + (display == null ? 0 : display.length() + 8);
      }
    }
    return (int) Math.min(capacity, Integer.MAX_VALUE - 16);
  }
}
