package io.scimtool.discovery;

import static io.scimtool.support.HttpCalls.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.scim.ScimSchemas;
import io.scimtool.support.LibertyIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 7644 §4: the /Schemas and /ResourceTypes discovery endpoints. */
class DiscoveryIT extends LibertyIT {

  @Test
  void schemasListsUserEnterpriseUserAndGroup() {
    JsonObject list = ok(http.get("/scim/v2/Schemas"));
    assertEquals(ScimSchemas.LIST_RESPONSE, list.getJsonArray("schemas").getString(0));
    assertEquals(3, list.getInt("totalResults"));
    assertEquals(3, list.getInt("itemsPerPage"));
    assertEquals(1, list.getInt("startIndex"));
    assertEquals(
        List.of(ScimSchemas.USER, ScimSchemas.ENTERPRISE_USER, ScimSchemas.GROUP),
        ids(list.getJsonArray("Resources")));
  }

  @Test
  void oneSchemaIsReadByItsUrn() {
    JsonObject schema = ok(http.get("/scim/v2/Schemas/" + ScimSchemas.USER));
    assertEquals(ScimSchemas.SCHEMA, schema.getJsonArray("schemas").getString(0));
    assertEquals(ScimSchemas.USER, schema.getString("id"));
    List<String> attributes = names(schema.getJsonArray("attributes"));
    assertTrue(attributes.contains("userName"), attributes.toString());
    assertTrue(attributes.contains("externalId"), attributes.toString());
    assertEquals("Schema", schema.getJsonObject("meta").getString("resourceType"));
    assertEquals(
        BASE_URL + "/scim/v2/Schemas/" + ScimSchemas.USER,
        schema.getJsonObject("meta").getString("location"));
  }

  @Test
  void schemaUrnsMatchInAnyCase() {
    JsonObject schema =
        ok(http.get("/scim/v2/Schemas/" + ScimSchemas.ENTERPRISE_USER.toLowerCase()));
    assertEquals(ScimSchemas.ENTERPRISE_USER, schema.getString("id"));
  }

  @Test
  void anUnknownSchemaIs404ScimError() {
    assertNotFound(http.get("/scim/v2/Schemas/urn:example:params:scim:schemas:core:2.0:Nothing"));
  }

  @Test
  void resourceTypesListsUserWithTheEnterpriseExtensionAndGroup() {
    JsonObject list = ok(http.get("/scim/v2/ResourceTypes"));
    assertEquals(ScimSchemas.LIST_RESPONSE, list.getJsonArray("schemas").getString(0));
    assertEquals(2, list.getInt("totalResults"));
    JsonArray resources = list.getJsonArray("Resources");
    assertEquals(List.of("User", "Group"), ids(resources));

    JsonObject user = resources.getJsonObject(0);
    assertEquals("/Users", user.getString("endpoint"));
    assertEquals(ScimSchemas.USER, user.getString("schema"));
    JsonObject extension = user.getJsonArray("schemaExtensions").getJsonObject(0);
    assertEquals(ScimSchemas.ENTERPRISE_USER, extension.getString("schema"));
    assertFalse(extension.getBoolean("required"));

    JsonObject group = resources.getJsonObject(1);
    assertEquals("/Groups", group.getString("endpoint"));
    assertEquals(ScimSchemas.GROUP, group.getString("schema"));
  }

  @Test
  void oneResourceTypeIsReadByItsId() {
    JsonObject user = ok(http.get("/scim/v2/ResourceTypes/User"));
    assertEquals(ScimSchemas.RESOURCE_TYPE, user.getJsonArray("schemas").getString(0));
    assertEquals("User", user.getString("id"));
    assertEquals("ResourceType", user.getJsonObject("meta").getString("resourceType"));
    assertEquals(
        BASE_URL + "/scim/v2/ResourceTypes/User", user.getJsonObject("meta").getString("location"));
    assertEquals("Group", ok(http.get("/scim/v2/ResourceTypes/group")).getString("id"));
  }

  @Test
  void anUnknownResourceTypeIs404ScimError() {
    assertNotFound(http.get("/scim/v2/ResourceTypes/Printer"));
  }

  private static JsonObject ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    assertScimJson(response);
    return json(response);
  }

  private static void assertNotFound(HttpResponse<String> response) {
    assertEquals(404, response.statusCode(), response.body());
    assertScimJson(response);
    JsonObject error = json(response);
    assertEquals(ScimSchemas.ERROR, error.getJsonArray("schemas").getString(0));
    assertEquals("404", error.getString("status"));
  }

  private static void assertScimJson(HttpResponse<String> response) {
    String contentType = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(contentType.startsWith("application/scim+json"), contentType);
  }

  private static List<String> ids(JsonArray resources) {
    return resources.stream().map(r -> r.asJsonObject().getString("id")).toList();
  }

  private static List<String> names(JsonArray attributes) {
    return attributes.stream().map(JsonValue::asJsonObject).map(a -> a.getString("name")).toList();
  }
}
