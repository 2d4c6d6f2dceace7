package io.scimtool.users;

import io.scimtool.scim.ScimAttributes;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimSchemas;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** Converts between SCIM User JSON and {@link UserEntity}. */
final class UserMapper {
  /** Column-backed attributes, emitted from their columns under their canonical names. */
  private static final String[] COLUMN_ATTRIBUTES = {
    "userName", "externalId", "displayName", "active"
  };

  /**
   * Never stored from client input: {@code id} and {@code meta} are the server's (RFC 7643 §3.1),
   * {@code schemas} is derived, {@code password} is writeOnly/returned never (RFC 7643 §4.1.1) and
   * {@code groups} is readOnly, derived from memberships.
   */
  private static final String[] NOT_STORED = {"id", "meta", "schemas", "password", "groups"};

  private UserMapper() {}

  static UserEntity newEntity(String id, JsonObject input, Instant now) {
    UserEntity entity = new UserEntity();
    entity.setId(id);
    entity.setCreated(now);
    apply(entity, input, now);
    return entity;
  }

  /** RFC 7643 §4.1.1: userName is required and must not be empty. */
  static void apply(UserEntity entity, JsonObject input, Instant now) {
    String userName =
        ScimAttributes.string(input, "userName")
            .filter(name -> !name.isBlank())
            .orElseThrow(() -> ScimErrors.invalidValue("Attribute 'userName' is required"));
    entity.setUserName(userName);
    entity.setExternalId(ScimAttributes.string(input, "externalId").orElse(null));
    entity.setDisplayName(ScimAttributes.string(input, "displayName").orElse(null));
    entity.setActive(ScimAttributes.bool(input, "active").orElse(true));
    entity.setResourceJson(ScimJson.write(storedAttributes(input)));
    entity.setLastModified(now);
  }

  private static JsonObject storedAttributes(JsonObject input) {
    JsonObjectBuilder stored = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> attribute : input.entrySet()) {
      String name = attribute.getKey();
      if (!ScimAttributes.isNamed(name, NOT_STORED)
          && !ScimAttributes.isNamed(name, COLUMN_ATTRIBUTES)) {
        stored.add(name, attribute.getValue());
      }
    }
    return stored.build();
  }

  static JsonObject toScim(UserEntity entity, URI location) {
    JsonObject stored = parse(entity.getResourceJson());
    var schemaList = Json.createArrayBuilder().add(ScimSchemas.USER);
    if (ScimAttributes.get(stored, ScimSchemas.ENTERPRISE_USER).isPresent()) {
      schemaList.add(ScimSchemas.ENTERPRISE_USER);
    }
    JsonObjectBuilder out =
        Json.createObjectBuilder().add("schemas", schemaList).add("id", entity.getId());
    if (entity.getExternalId() != null) {
      out.add("externalId", entity.getExternalId());
    }
    out.add("userName", entity.getUserName());
    if (entity.getDisplayName() != null) {
      out.add("displayName", entity.getDisplayName());
    }
    out.add("active", entity.isActive());
    stored.forEach(out::add);
    out.add(
        "meta",
        Json.createObjectBuilder()
            .add("resourceType", "User")
            .add("created", entity.getCreated().toString())
            .add("lastModified", entity.getLastModified().toString())
            .add("location", location.toString())
            .add("version", etag(entity)));
    return out.build();
  }

  /** RFC 7644 §3.14: the version is a weak entity tag that changes on every modification. */
  static String etag(UserEntity entity) {
    return "W/\"" + entity.getVersion() + "\"";
  }

  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
