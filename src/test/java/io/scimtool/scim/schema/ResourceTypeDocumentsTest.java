package io.scimtool.scim.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.scimtool.scim.ScimSchemas;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceTypeDocumentsTest {
  private static final String BASE = "https://scim.example.com/scim/v2/ResourceTypes/";

  private final JsonObject user =
      ResourceTypeDocuments.of(ScimResourceType.USER, URI.create(BASE + "User"));
  private final JsonObject group =
      ResourceTypeDocuments.of(ScimResourceType.GROUP, URI.create(BASE + "Group"));

  @Test
  void userCarriesExactlyTheRfc7643Section6Fields() {
    assertEquals(
        Set.of(
            "schemas",
            "id",
            "name",
            "endpoint",
            "description",
            "schema",
            "schemaExtensions",
            "meta"),
        user.keySet());
    assertEquals(ScimSchemas.RESOURCE_TYPE, user.getJsonArray("schemas").getString(0));
    assertEquals("User", user.getString("id"));
    assertEquals("User", user.getString("name"));
    assertEquals("/Users", user.getString("endpoint"));
    assertEquals("User Account", user.getString("description"));
    assertEquals(ScimSchemas.USER, user.getString("schema"));
  }

  @Test
  void userListsTheOptionalEnterpriseExtension() {
    assertEquals(1, user.getJsonArray("schemaExtensions").size());
    JsonObject extension = user.getJsonArray("schemaExtensions").getJsonObject(0);
    assertEquals(Set.of("schema", "required"), extension.keySet());
    assertEquals(ScimSchemas.ENTERPRISE_USER, extension.getString("schema"));
    assertFalse(extension.getBoolean("required"));
  }

  @Test
  void groupHasNoSchemaExtensionsKey() {
    assertFalse(group.containsKey("schemaExtensions"));
    assertEquals("/Groups", group.getString("endpoint"));
    assertEquals(ScimSchemas.GROUP, group.getString("schema"));
  }

  @Test
  void metaNamesTheResourceTypeAndItsLocation() {
    JsonObject meta = group.getJsonObject("meta");
    assertEquals(Set.of("resourceType", "location"), meta.keySet());
    assertEquals("ResourceType", meta.getString("resourceType"));
    assertEquals(BASE + "Group", meta.getString("location"));
  }
}
