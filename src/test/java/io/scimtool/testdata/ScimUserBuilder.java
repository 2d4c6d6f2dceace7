package io.scimtool.testdata;

import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimSchemas;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.UUID;

/** Builds SCIM User request bodies the way identity providers send them. */
public final class ScimUserBuilder {
  private final JsonObjectBuilder json = Json.createObjectBuilder();

  private ScimUserBuilder(String userName) {
    json.add("schemas", Json.createArrayBuilder().add(ScimSchemas.USER)).add("userName", userName);
  }

  public static ScimUserBuilder user(String userName) {
    return new ScimUserBuilder(userName);
  }

  /** A user with a unique userName, so tests do not collide with each other's data. */
  public static ScimUserBuilder anyUser() {
    return user("user-" + UUID.randomUUID() + "@example.com");
  }

  public ScimUserBuilder with(String attribute, String value) {
    json.add(attribute, value);
    return this;
  }

  public ScimUserBuilder with(String attribute, boolean value) {
    json.add(attribute, value);
    return this;
  }

  public ScimUserBuilder with(String attribute, JsonValue value) {
    json.add(attribute, value);
    return this;
  }

  public ScimUserBuilder name(String givenName, String familyName) {
    json.add(
        "name",
        Json.createObjectBuilder()
            .add("givenName", givenName)
            .add("familyName", familyName)
            .add("formatted", givenName + " " + familyName));
    return this;
  }

  public ScimUserBuilder workEmail(String email) {
    json.add(
        "emails",
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("value", email)
                    .add("type", "work")
                    .add("primary", true)));
    return this;
  }

  public JsonObject build() {
    return json.build();
  }

  public String toJson() {
    return ScimJson.write(build());
  }
}
