package io.scimtool.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.scim.ScimSchemas;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaDocumentsTest {
  private static final String BASE = "https://scim.example.com/scim/v2/Schemas/";

  /** RFC 7643 §7: the characteristics every attribute carries. */
  private static final Set<String> CHARACTERISTICS =
      Set.of(
          "name",
          "type",
          "multiValued",
          "description",
          "required",
          "caseExact",
          "mutability",
          "returned",
          "uniqueness");

  private final JsonObject user = document(CoreSchemas.USER);
  private final JsonObject enterprise = document(CoreSchemas.ENTERPRISE_USER);
  private final JsonObject group = document(CoreSchemas.GROUP);

  @Test
  void carriesExactlyTheRfc7643Section7Fields() {
    for (JsonObject schema : List.of(user, enterprise, group)) {
      assertEquals(
          Set.of("schemas", "id", "name", "description", "attributes", "meta"), schema.keySet());
      assertEquals(List.of(ScimSchemas.SCHEMA), strings(schema.getJsonArray("schemas")));
    }
    assertEquals(ScimSchemas.USER, user.getString("id"));
    assertEquals("User", user.getString("name"));
    assertEquals("User Account", user.getString("description"));
    assertEquals("EnterpriseUser", enterprise.getString("name"));
  }

  @Test
  void metaNamesTheSchemaResourceAndItsLocation() {
    JsonObject meta = user.getJsonObject("meta");
    assertEquals(Set.of("resourceType", "location"), meta.keySet());
    assertEquals("Schema", meta.getString("resourceType"));
    assertEquals(BASE + ScimSchemas.USER, meta.getString("location"));
  }

  @Test
  void listsEverySchemaAttributeInOrderButNotTheCommonOnes() {
    assertEquals(
        CoreSchemas.USER.attributes().stream().map(AttributeDefinition::name).toList(),
        names(user.getJsonArray("attributes")));
    List<String> userNames = names(user.getJsonArray("attributes"));
    assertTrue(userNames.contains("externalId"));
    assertFalse(userNames.contains("id"), "RFC 7643 §3.1: id is common, not in the schema");
    assertFalse(userNames.contains("meta"));
    assertEquals(
        List.of("displayName", "members", "externalId"), names(group.getJsonArray("attributes")));
  }

  @Test
  void userNameIsRequiredServerUniqueAndCaseInsensitive() {
    JsonObject userName = attribute(user, "userName");
    assertEquals(CHARACTERISTICS, userName.keySet());
    assertEquals("string", userName.getString("type"));
    assertFalse(userName.getBoolean("multiValued"));
    assertTrue(userName.getBoolean("required"));
    assertFalse(userName.getBoolean("caseExact"));
    assertEquals("readWrite", userName.getString("mutability"));
    assertEquals("default", userName.getString("returned"));
    assertEquals("server", userName.getString("uniqueness"));
  }

  @Test
  void passwordIsWriteOnlyAndNeverReturned() {
    JsonObject password = attribute(user, "password");
    assertEquals("writeOnly", password.getString("mutability"));
    assertEquals("never", password.getString("returned"));
  }

  @Test
  void groupsIsReadOnlyMultiValuedComplex() {
    JsonObject groups = attribute(user, "groups");
    assertEquals(union(CHARACTERISTICS, "subAttributes"), groups.keySet());
    assertEquals("complex", groups.getString("type"));
    assertTrue(groups.getBoolean("multiValued"));
    assertEquals("readOnly", groups.getString("mutability"));
    assertEquals(
        List.of("value", "$ref", "display", "type"), names(groups.getJsonArray("subAttributes")));
    JsonObject ref = subAttribute(groups, "$ref");
    assertEquals(union(CHARACTERISTICS, "referenceTypes"), ref.keySet());
    assertEquals(List.of("User", "Group"), strings(ref.getJsonArray("referenceTypes")));
  }

  @Test
  void emailTypeHasCanonicalValues() {
    JsonObject type = subAttribute(attribute(user, "emails"), "type");
    assertEquals(union(CHARACTERISTICS, "canonicalValues"), type.keySet());
    assertEquals(List.of("work", "home", "other"), strings(type.getJsonArray("canonicalValues")));
  }

  @Test
  void referenceAttributesCarryReferenceTypes() {
    JsonObject profileUrl = attribute(user, "profileUrl");
    assertEquals("reference", profileUrl.getString("type"));
    assertEquals(List.of("external"), strings(profileUrl.getJsonArray("referenceTypes")));
  }

  @Test
  void groupDisplayNameIsRequired() {
    JsonObject displayName = attribute(group, "displayName");
    assertTrue(displayName.getBoolean("required"));
    assertEquals("server", displayName.getString("uniqueness"));
  }

  @Test
  void enterpriseManagerHasValueRefAndDisplayName() {
    JsonObject manager = attribute(enterprise, "manager");
    assertEquals("complex", manager.getString("type"));
    assertEquals(
        List.of("value", "$ref", "displayName"), names(manager.getJsonArray("subAttributes")));
    assertEquals(
        List.of("User"), strings(subAttribute(manager, "$ref").getJsonArray("referenceTypes")));
    assertEquals("readOnly", subAttribute(manager, "displayName").getString("mutability"));
  }

  @Test
  void noAttributeAnywhereCarriesFieldsOutsideRfc7643Section7() {
    Set<String> allowed =
        union(CHARACTERISTICS, "canonicalValues", "referenceTypes", "subAttributes");
    for (JsonObject schema : List.of(user, enterprise, group)) {
      assertOnlyAllowed(schema.getJsonArray("attributes"), allowed);
    }
  }

  private static void assertOnlyAllowed(JsonArray attributes, Set<String> allowed) {
    for (JsonValue value : attributes) {
      JsonObject attribute = value.asJsonObject();
      assertTrue(attribute.keySet().containsAll(CHARACTERISTICS), attribute.toString());
      assertTrue(allowed.containsAll(attribute.keySet()), attribute.toString());
      if (attribute.containsKey("subAttributes")) {
        assertOnlyAllowed(attribute.getJsonArray("subAttributes"), allowed);
      }
    }
  }

  private static JsonObject document(SchemaDefinition schema) {
    return SchemaDocuments.of(schema, URI.create(BASE + schema.id()));
  }

  private static JsonObject attribute(JsonObject schema, String name) {
    return named(schema.getJsonArray("attributes"), name);
  }

  private static JsonObject subAttribute(JsonObject attribute, String name) {
    return named(attribute.getJsonArray("subAttributes"), name);
  }

  private static JsonObject named(JsonArray attributes, String name) {
    return attributes.stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no attribute " + name));
  }

  private static List<String> names(JsonArray attributes) {
    return attributes.stream().map(a -> a.asJsonObject().getString("name")).toList();
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static Set<String> union(Set<String> base, String... more) {
    return Stream.concat(base.stream(), Arrays.stream(more)).collect(Collectors.toSet());
  }
}
