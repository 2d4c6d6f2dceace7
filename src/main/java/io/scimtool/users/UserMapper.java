package io.scimtool.users;

import io.scimtool.scim.JsonOut;
import io.scimtool.scim.Jsons;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimSchemas;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Converts between the canonical stored User document, {@link UserEntity} and SCIM JSON. */
final class UserMapper {
  private UserMapper() {}

  /**
   * Copies a canonical document into the entity. RFC 7643 §4.1.1: userName is required and must not
   * be empty.
   */
  static void fill(UserEntity entity, JsonObject document, Instant now) {
    JsonValue userName = document.get("userName");
    if (!(userName instanceof JsonString text) || text.getString().isBlank()) {
      throw ScimErrors.invalidValue("Attribute 'userName' is required");
    }
    entity.setUserName(text.getString());
    entity.setExternalId(string(document, "externalId"));
    entity.setDisplayName(string(document, "displayName"));
    entity.setActive(document.get("active") != JsonValue.FALSE);
    entity.setResourceJson(ScimJson.write(document));
    entity.setLastModified(now);
  }

  static JsonObject document(UserEntity entity) {
    try (var reader = Jsons.createReader(new StringReader(entity.getResourceJson()))) {
      return reader.readObject();
    }
  }

  /** The full resource as returned before attribute projection. */
  static JsonObject toScim(UserEntity entity, List<UserRepository.GroupRef> groups, URI base) {
    JsonObject document = document(entity);
    JsonArrayBuilder schemas = Jsons.createArrayBuilder().add(ScimSchemas.USER);
    if (document.containsKey(ScimSchemas.ENTERPRISE_USER)) {
      schemas.add(ScimSchemas.ENTERPRISE_USER);
    }
    JsonObjectBuilder out =
        Jsons.createObjectBuilder().add("schemas", schemas).add("id", entity.getId());
    document.forEach(out::add);
    out.add("active", entity.isActive());
    if (!groups.isEmpty()) {
      JsonArrayBuilder list = Jsons.createArrayBuilder();
      for (UserRepository.GroupRef group : groups) {
        list.add(
            Jsons.createObjectBuilder()
                .add("value", group.id())
                .add("$ref", base.resolve("Groups/" + group.id()).toString())
                .add("display", group.displayName())
                .add("type", "direct"));
      }
      out.add("groups", list);
    }
    out.add(
        "meta",
        Jsons.createObjectBuilder()
            .add("resourceType", "User")
            .add("created", entity.getCreated().toString())
            .add("lastModified", entity.getLastModified().toString())
            .add("location", location(base, entity.getId()).toString())
            .add("version", entity.etag()));
    return out.build();
  }

  /**
   * The same representation as {@link #toScim}, written as text around the stored document (which
   * is compact JSON with canonical keys, so it is copied, not parsed); null when the stored text is
   * not such a document.
   */
  static String text(UserEntity entity, List<UserRepository.GroupRef> groups, String base) {
    String document = entity.getResourceJson();
    StringBuilder out = new StringBuilder(document.length() + 320 + 160 * groups.size());
    out.append("{\"schemas\":[\"").append(ScimSchemas.USER).append('"');
    if (JsonOut.hasKey(document, ScimSchemas.ENTERPRISE_USER)) {
      out.append(",\"").append(ScimSchemas.ENTERPRISE_USER).append('"');
    }
    JsonOut.string(out.append("],\"id\":"), entity.getId());
    if (!JsonOut.appendMembers(out, document)) {
      return null;
    }
    // toScim puts "active" where the document has it, else after the document's attributes.
    if (!JsonOut.hasKey(document, "active")) {
      out.append(",\"active\":").append(entity.isActive());
    }
    if (!groups.isEmpty()) {
      out.append(",\"groups\":[");
      for (int i = 0; i < groups.size(); i++) {
        UserRepository.GroupRef group = groups.get(i);
        JsonOut.string(JsonOut.key(out.append(i == 0 ? "{" : ",{"), "value"), group.id());
        JsonOut.member(out, "$ref", base + "Groups/" + group.id());
        JsonOut.member(out, "display", group.displayName());
        JsonOut.member(out, "type", "direct").append('}');
      }
      out.append(']');
    }
    return entity.appendMeta(out, "User", base + "Users/" + entity.getId()).append('}').toString();
  }

  static URI location(URI base, String id) {
    return base.resolve("Users/" + id);
  }

  private static String string(JsonObject document, String name) {
    return document.get(name) instanceof JsonString text ? text.getString() : null;
  }
}
