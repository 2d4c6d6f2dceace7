package io.scimtool.users;

import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimSchemas;
import io.scimtool.scim.ScimType;
import io.scimtool.scim.schema.ResourceNormalizer;
import io.scimtool.scim.schema.ScimResourceType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UserMapperTest {
  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00.123Z");
  private static final URI BASE = URI.create("https://x/scim/v2/");

  private static UserEntity entity(JsonObject body) {
    UserEntity entity = new UserEntity();
    entity.setId("u1");
    entity.setCreated(NOW);
    UserMapper.fill(entity, ResourceNormalizer.normalize(ScimResourceType.USER, body), NOW);
    return entity;
  }

  @Test
  void roundTripsAttributesAndAddsServerManagedOnes() {
    JsonObject input =
        user("alice@example.com")
            .name("Alice", "Smith")
            .workEmail("alice@example.com")
            .with("externalId", "ext-1")
            .with("active", "False")
            .build();
    UserEntity entity = entity(input);
    JsonObject out =
        UserMapper.toScim(entity, List.of(new UserRepository.GroupRef("g1", "Finance")), BASE);

    assertEquals("u1", out.getString("id"));
    assertEquals("alice@example.com", out.getString("userName"));
    assertEquals("ext-1", entity.getExternalId());
    assertFalse(entity.isActive(), "\"False\" is coerced to false");
    assertFalse(out.getBoolean("active"));
    assertEquals("Smith", out.getJsonObject("name").getString("familyName"));
    assertEquals("work", out.getJsonArray("emails").getJsonObject(0).getString("type"));
    assertEquals(ScimSchemas.USER, out.getJsonArray("schemas").getString(0));
    JsonObject group = out.getJsonArray("groups").getJsonObject(0);
    assertEquals("https://x/scim/v2/Groups/g1", group.getString("$ref"));
    assertEquals("Finance", group.getString("display"));
    JsonObject meta = out.getJsonObject("meta");
    assertEquals("User", meta.getString("resourceType"));
    assertEquals("2026-11-27T10:00:00.123Z", meta.getString("created"));
    assertEquals("https://x/scim/v2/Users/u1", meta.getString("location"));
  }

  @Test
  void neverKeepsPasswordOrClientIdAndMeta() {
    JsonObject input =
        user("bob")
            .with("id", "client-chosen")
            .with("password", "hunter2")
            .with("meta", Json.createObjectBuilder().add("version", "W/\"99\"").build())
            .build();
    UserEntity entity = entity(input);
    JsonObject out = UserMapper.toScim(entity, List.of(), BASE);

    assertEquals("u1", out.getString("id"));
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
    JsonObject out = UserMapper.toScim(entity(input), List.of(), BASE);
    assertEquals(2, out.getJsonArray("schemas").size());
    assertEquals("Finance", out.getJsonObject(ScimSchemas.ENTERPRISE_USER).getString("department"));
  }

  /**
   * The text written around the stored document is the same JSON as the tree built from it (key
   * order included), whatever the document holds.
   */
  @ParameterizedTest
  @MethodSource("users")
  void textRepresentationIsTheTreeRepresentation(
      JsonObject body, List<UserRepository.GroupRef> groups) {
    UserEntity entity = entity(body);
    String text = UserMapper.text(entity, groups, BASE.toString());
    assertEquals(ScimJson.write(UserMapper.toScim(entity, groups, BASE)), text);
  }

  static Stream<Arguments> users() {
    JsonObject enterprise =
        Json.createObjectBuilder()
            .add("department", "Fin\"ance\\")
            .add("manager", Json.createObjectBuilder().add("value", "m1"))
            .build();
    return Stream.of(
        Arguments.of(user("minimal").build(), List.of()),
        Arguments.of(user("inactive").with("active", false).build(), List.of()),
        Arguments.of(
            user("Quote\"d \\ and \u00e9 \t tab")
                .name("Ann", "O'Neil")
                .workEmail("a@x")
                .with("title", "the \"active\": title")
                .with(ScimSchemas.ENTERPRISE_USER, enterprise)
                .build(),
            List.of(
                new UserRepository.GroupRef("g1", "Fin\"ance"),
                new UserRepository.GroupRef("g2", "Control\u0001"))),
        Arguments.of(
            user("active-last").with("displayName", "D").with("active", true).build(),
            List.of(new UserRepository.GroupRef("g1", "G"))));
  }

  @Test
  void textIsNullForAStoredTextThatIsNotAnObject() {
    UserEntity entity = entity(user("x").build());
    entity.setResourceJson("[]");
    assertNull(UserMapper.text(entity, List.of(), BASE.toString()));
  }

  @Test
  void userNameIsRequired() {
    for (String body : new String[] {"{}", "{\"userName\":\"\"}", "{\"userName\":null}"}) {
      ScimException error =
          assertThrows(ScimException.class, () -> entity(ScimJson.parseObject(body)));
      assertEquals(ScimType.INVALID_VALUE, error.scimType().orElseThrow(), body);
    }
  }
}
