package io.scimtool.users;

import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimSchemas;
import io.scimtool.scim.ScimType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserMapperTest {
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00.123Z");
  private static final URI LOCATION = URI.create("https://x/scim/v2/Users/u1");

  @Test
  void roundTripsAttributesAndAddsServerManagedOnes() {
    JsonObject input =
        user("alice@example.com")
            .name("Alice", "Smith")
            .workEmail("alice@example.com")
            .with("externalId", "ext-1")
            .with("active", "False")
            .build();
    JsonObject out = UserMapper.toScim(UserMapper.newEntity("u1", input, NOW), LOCATION);

    assertEquals("u1", out.getString("id"));
    assertEquals("alice@example.com", out.getString("userName"));
    assertEquals("ext-1", out.getString("externalId"));
    assertFalse(out.getBoolean("active"), "\"False\" is coerced to false");
    assertEquals("Smith", out.getJsonObject("name").getString("familyName"));
    assertEquals("work", out.getJsonArray("emails").getJsonObject(0).getString("type"));
    assertEquals(ScimSchemas.USER, out.getJsonArray("schemas").getString(0));
    JsonObject meta = out.getJsonObject("meta");
    assertEquals("User", meta.getString("resourceType"));
    assertEquals("2026-11-27T10:00:00.123Z", meta.getString("created"));
    assertEquals(LOCATION.toString(), meta.getString("location"));
  }

  @Test
  void ignoresClientIdMetaAndNeverKeepsPassword() {
    JsonObject input =
        user("bob")
            .with("id", "client-chosen")
            .with("password", "hunter2")
            .with("meta", Json.createObjectBuilder().add("version", "W/\"99\"").build())
            .build();
    UserEntity entity = UserMapper.newEntity("server-id", input, NOW);
    JsonObject out = UserMapper.toScim(entity, LOCATION);

    assertEquals("server-id", out.getString("id"));
    assertFalse(out.containsKey("password"));
    assertFalse(entity.getResourceJson().contains("hunter2"));
    assertEquals("W/\"0\"", out.getJsonObject("meta").getString("version"));
  }

  @Test
  void listsTheEnterpriseSchemaWhenItsAttributesArePresent() {
    JsonObject input =
        user("carol")
            .with(
                ScimSchemas.ENTERPRISE_USER,
                Json.createObjectBuilder().add("department", "Finance").build())
            .build();
    JsonObject out = UserMapper.toScim(UserMapper.newEntity("u3", input, NOW), LOCATION);
    assertEquals(2, out.getJsonArray("schemas").size());
    assertEquals("Finance", out.getJsonObject(ScimSchemas.ENTERPRISE_USER).getString("department"));
  }

  @Test
  void userNameIsRequired() {
    for (String body : new String[] {"{}", "{\"userName\":\"\"}", "{\"userName\":null}"}) {
      ScimException error =
          assertThrows(
              ScimException.class,
              () -> UserMapper.newEntity("x", ScimJson.parseObject(body), NOW));
      assertEquals(ScimType.INVALID_VALUE, error.scimType().orElseThrow(), body);
    }
  }
}
