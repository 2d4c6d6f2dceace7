package io.scimtool;

import static io.scimtool.support.HttpCalls.json;
import static io.scimtool.support.HttpCalls.urlEncode;
import static io.scimtool.testdata.ScimGroupBuilder.group;
import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.LibertyIT;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 7644 §3.4.2 list/query, §3.4.3 .search, §3.7 bulk and §3.11 /Me over HTTP. */
class QueryIT extends LibertyIT {
  private String tag;

  @BeforeEach
  void fiveUsersSharingATag() {
    tag = "q" + UUID.randomUUID().toString().substring(0, 8);
    for (String given : new String[] {"Eve", "Alice", "Dave", "Carol", "Bob"}) {
      http.create(
          "/scim/v2/Users",
          user(given.toLowerCase() + "." + tag + "@example.com")
              .name(given, tag)
              .with("title", tag)
              .toJson());
    }
  }

  private JsonObject list(String query) {
    HttpResponse<String> response = http.get("/scim/v2/Users?" + query);
    assertEquals(200, response.statusCode(), response.body());
    return json(response);
  }

  private String tagFilter() {
    return "filter=" + urlEncode("title eq \"" + tag + "\"");
  }

  @Test
  void pagesAreOneBasedWithTrueTotalsAndNumbers() {
    JsonObject page = list(tagFilter() + "&startIndex=2&count=2&sortBy=name.givenName");
    assertEquals(5, page.getInt("totalResults"));
    assertEquals(2, page.getInt("itemsPerPage"));
    assertEquals(2, page.getInt("startIndex"));
    assertTrue(page.get("totalResults") instanceof JsonNumber, "numbers are JSON numbers");
    assertEquals(List.of("Bob", "Carol"), givenNames(page.getJsonArray("Resources")));
  }

  @Test
  void sortsDescendingAndClampsOddPagingValues() {
    JsonObject page =
        list(tagFilter() + "&sortBy=userName&sortOrder=descending&startIndex=0&count=100000");
    assertEquals(
        List.of("Eve", "Dave", "Carol", "Bob", "Alice"),
        givenNames(page.getJsonArray("Resources")));
    assertEquals(1, page.getInt("startIndex"));
    JsonObject none = list(tagFilter() + "&count=-3");
    assertEquals(5, none.getInt("totalResults"));
    assertEquals(0, none.getJsonArray("Resources").size());
  }

  @Test
  void projectsAttributes() {
    JsonObject page = list(tagFilter() + "&attributes=userName");
    JsonObject first = page.getJsonArray("Resources").getJsonObject(0);
    assertTrue(first.containsKey("id") && first.containsKey("userName"));
    assertFalse(first.containsKey("name"));
    assertFalse(first.containsKey("meta"));
    JsonObject excluded = list(tagFilter() + "&excludedAttributes=name,emails");
    assertFalse(excluded.getJsonArray("Resources").getJsonObject(0).containsKey("name"));
    assertTrue(excluded.getJsonArray("Resources").getJsonObject(0).containsKey("userName"));
  }

  @Test
  void searchByPostMatchesGet() {
    HttpResponse<String> response =
        http.postScim(
            "/scim/v2/Users/.search",
            "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:SearchRequest\"],"
                + "\"filter\":\"title eq \\\""
                + tag
                + "\\\" and name.givenName sw \\\"a\\\"\","
                + "\"attributes\":[\"userName\"],\"startIndex\":1,\"count\":10}");
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(1, json(response).getInt("totalResults"));
    HttpResponse<String> root =
        http.postScim("/scim/v2/.search", "{\"filter\":\"title eq \\\"" + tag + "\\\"\"}");
    assertEquals(200, root.statusCode(), root.body());
    assertEquals(5, json(root).getInt("totalResults"));
  }

  @Test
  void invalidQueriesAre400() {
    for (String query :
        new String[] {
          "filter=" + urlEncode("userName eq"),
          "filter=" + urlEncode("nosuch eq \"x\""),
          "sortOrder=sideways",
          "count=many",
          "startIndex=first"
        }) {
      HttpResponse<String> response = http.get("/scim/v2/Users?" + query);
      assertEquals(400, response.statusCode(), query + " -> " + response.body());
      assertEquals("400", json(response).getString("status"));
    }
    assertEquals(
        "invalidFilter",
        json(http.get("/scim/v2/Users?filter=" + urlEncode("userName eq"))).getString("scimType"));
  }

  @Test
  void bulkResolvesBulkIdsAndReportsEachOperation() {
    String name = "bulk-" + UUID.randomUUID();
    String body =
        "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":["
            // the group refers to a user created later in the same request (RFC 7644 §3.7.2)
            + "{\"method\":\"POST\",\"path\":\"/Groups\",\"bulkId\":\"g\",\"data\":{\"displayName\":\""
            + name
            + "\",\"members\":[{\"value\":\"bulkId:u\"}]}},"
            + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"u\",\"data\":{\"userName\":\""
            + name
            + "\"}},"
            + "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"dup\",\"data\":{\"userName\":\""
            + name
            + "\"}}]}";
    HttpResponse<String> response = http.postScim("/scim/v2/Bulk", body);
    assertEquals(200, response.statusCode(), response.body());
    JsonArray operations = json(response).getJsonArray("Operations");
    assertEquals("201", operations.getJsonObject(0).getString("status"));
    assertEquals("201", operations.getJsonObject(1).getString("status"));
    assertEquals("409", operations.getJsonObject(2).getString("status"));
    String groupLocation = operations.getJsonObject(0).getString("location");
    String userLocation = operations.getJsonObject(1).getString("location");
    JsonObject group = json(http.get(groupLocation.substring(groupLocation.indexOf("/scim/v2"))));
    assertEquals(
        userLocation.substring(userLocation.lastIndexOf('/') + 1),
        group.getJsonArray("members").getJsonObject(0).getString("value"));
  }

  @Test
  void bulkOverTheOperationLimitIs413TooMany() {
    StringBuilder body = new StringBuilder("{\"Operations\":[");
    for (int i = 0; i < 1001; i++) {
      body.append(i == 0 ? "" : ",").append("{\"method\":\"DELETE\",\"path\":\"/Users/x\"}");
    }
    HttpResponse<String> response = http.postScim("/scim/v2/Bulk", body.append("]}").toString());
    assertEquals(413, response.statusCode());
    assertEquals("tooMany", json(response).getString("scimType"));
  }

  @Test
  void bodiesOverTheLimitAre413() {
    String huge = user("big-" + UUID.randomUUID()).with("title", "x".repeat(1_100_000)).toJson();
    HttpResponse<String> response = http.postScim("/scim/v2/Users", huge);
    assertEquals(413, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/scim+json"));
  }

  @Test
  void meIsNotImplemented() {
    HttpResponse<String> response = http.get("/scim/v2/Me");
    assertEquals(501, response.statusCode());
    assertEquals("501", json(response).getString("status"));
  }

  @Test
  void groupsFilterOnMembersAndSortByDisplayName() {
    String member = http.create("/scim/v2/Users", user("m-" + tag).toJson());
    String b = http.create("/scim/v2/Groups", group("B " + tag).members(member).toJson());
    String a = http.create("/scim/v2/Groups", group("A " + tag).members(member).toJson());
    JsonObject page =
        json(
            http.get(
                "/scim/v2/Groups?sortBy=displayName&excludedAttributes=members&filter="
                    + urlEncode("members[value eq \"" + member + "\"]")));
    assertEquals(2, page.getInt("totalResults"));
    assertEquals(a, page.getJsonArray("Resources").getJsonObject(0).getString("id"));
    assertEquals(b, page.getJsonArray("Resources").getJsonObject(1).getString("id"));
    assertFalse(page.getJsonArray("Resources").getJsonObject(0).containsKey("members"));
  }

  private static List<String> givenNames(JsonArray resources) {
    List<String> names = new ArrayList<>();
    for (JsonValue resource : resources) {
      names.add(resource.asJsonObject().getJsonObject("name").getString("givenName"));
    }
    return names;
  }
}
