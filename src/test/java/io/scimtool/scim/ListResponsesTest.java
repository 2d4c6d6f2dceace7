package io.scimtool.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListResponsesTest {

  @Test
  void carriesTheRfc7644Section342Attributes() {
    JsonObject first = Json.createObjectBuilder().add("id", "1").build();
    JsonObject second = Json.createObjectBuilder().add("id", "2").build();
    JsonObject list = ListResponses.of(List.of(first, second), 7, 3);

    assertEquals(
        Set.of("schemas", "totalResults", "itemsPerPage", "startIndex", "Resources"),
        list.keySet());
    assertEquals(ScimSchemas.LIST_RESPONSE, list.getJsonArray("schemas").getString(0));
    assertEquals(7, list.getInt("totalResults"));
    assertEquals(2, list.getInt("itemsPerPage"));
    assertEquals(3, list.getInt("startIndex"));
    assertEquals(List.of(first, second), list.getJsonArray("Resources"));
  }

  @Test
  void numbersAreJsonNumbers() {
    JsonObject list = ListResponses.of(List.of(), 0, 1);
    assertTrue(list.get("totalResults") instanceof JsonNumber);
    assertTrue(list.get("itemsPerPage") instanceof JsonNumber);
    assertTrue(list.get("startIndex") instanceof JsonNumber);
  }

  @Test
  void resourcesIsPresentWhenEmpty() {
    JsonObject list = ListResponses.of(List.of(), 0, 1);
    assertTrue(list.getJsonArray("Resources").isEmpty());
    assertEquals(0, list.getInt("itemsPerPage"));
  }

  @Test
  void totalResultsMayExceedIntRange() {
    assertEquals(
        5_000_000_000L,
        ListResponses.of(List.of(), 5_000_000_000L, 1)
            .getJsonNumber("totalResults")
            .longValueExact());
  }
}
