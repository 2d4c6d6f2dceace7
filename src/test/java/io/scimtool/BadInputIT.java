package io.scimtool;

import static io.scimtool.support.HttpCalls.json;
import static io.scimtool.support.HttpCalls.urlEncode;
import static io.scimtool.testdata.ScimGroupBuilder.group;
import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.LibertyIT;
import io.scimtool.testdata.PatchBuilder;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Generated bad input: malformed bodies, filters, PATCH paths, ids and query parameters, each
 * invalid by construction. Every answer must be a 4xx SCIM error, never a 5xx, and nothing stored
 * may change.
 */
class BadInputIT extends LibertyIT {
  private static final String[] FILTERS = {
    "userName eq \"a\"",
    "title pr",
    "emails[type eq \"work\"]",
    "name.familyName co \"x\"",
    "meta.created gt \"2026-01-01T00:00:00Z\"",
    "not (active eq true)"
  };
  private static final String[] BREAKERS = {
    " and", " or", ")", " (", " not", " eq", " [", "]", " \"", " pr pr"
  };
  private final Random random = new Random(20261127L);

  private record Call(String description, Supplier<HttpResponse<String>> send) {}

  @Test
  void everyMalformedRequestGetsA4xxScimErrorAndChangesNothing() {
    String userId =
        http.create(
            "/scim/v2/Users", user("fixed-" + UUID.randomUUID()).name("Fix", "Ed").toJson());
    String groupId =
        http.create(
            "/scim/v2/Groups", group("Fixed " + UUID.randomUUID()).members(userId).toJson());
    String validUser =
        user("valid-" + UUID.randomUUID()).name("Va", "Lid").workEmail("v@x.com").toJson();
    Snapshot before = snapshot(userId, groupId);

    List<Call> calls = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String prefix = validUser.substring(0, 1 + random.nextInt(validUser.length() - 1));
      calls.add(
          new Call("truncated body " + prefix, () -> http.postScim("/scim/v2/Users", prefix)));
    }
    for (int i = 0; i < 100; i++) {
      String body = randomText(1 + random.nextInt(40));
      calls.add(new Call("garbage body " + body, () -> http.postScim("/scim/v2/Users", body)));
    }
    String[] wrongUserNames = {"123", "true", "null", "[]", "{}", "[\"a\"]", "\"\"", "\"   \""};
    for (String value : wrongUserNames) {
      String body = "{\"userName\":" + value + "}";
      calls.add(new Call("userName " + value, () -> http.postScim("/scim/v2/Users", body)));
      calls.add(
          new Call("PUT userName " + value, () -> http.putScim("/scim/v2/Users/" + userId, body)));
    }
    String[] wrongGroups = {
      "{}",
      "{\"displayName\":5}",
      "{\"displayName\":\"g\",\"members\":\"x\"}",
      "{\"displayName\":\"g\",\"members\":[{\"value\":\"" + UUID.randomUUID() + "\"}]}",
      "{\"displayName\":\"g\",\"members\":[1,2]}",
      "[{\"displayName\":\"g\"}]"
    };
    for (String body : wrongGroups) {
      calls.add(new Call("group " + body, () -> http.postScim("/scim/v2/Groups", body)));
      calls.add(
          new Call("PUT group " + body, () -> http.putScim("/scim/v2/Groups/" + groupId, body)));
    }
    for (int i = 0; i < 250; i++) {
      String filter = breakFilter();
      calls.add(
          new Call(
              "filter " + filter,
              () ->
                  http.get(
                      "/scim/v2/"
                          + (random.nextBoolean() ? "Users" : "Groups")
                          + "?filter="
                          + urlEncode(filter))));
    }
    for (int i = 0; i < 200; i++) {
      String path = badPath();
      String body =
          PatchBuilder.patch().op(random.nextBoolean() ? "replace" : "add", path, "v").toJson();
      calls.add(
          new Call("patch path " + path, () -> http.patchScim("/scim/v2/Users/" + userId, body)));
    }
    String[] badPatches = {
      "{}",
      "{\"Operations\":[]}",
      "{\"Operations\":{}}",
      "{\"Operations\":[{\"op\":\"frob\",\"path\":\"title\",\"value\":\"x\"}]}",
      "{\"Operations\":[{\"op\":\"remove\"}]}",
      "{\"Operations\":[{\"op\":\"replace\",\"path\":\"id\",\"value\":\"x\"}]}",
      "{\"Operations\":[{\"op\":\"replace\",\"path\":\"meta.created\",\"value\":\"x\"}]}",
      "{\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\""
          + UUID.randomUUID()
          + "\"}]}]}",
      "{\"Operations\":[{\"op\":\"replace\",\"path\":\"displayName\",\"value\":{\"a\":1}}]}",
      "{\"schemas\":[\"urn:wrong\"],\"Operations\":[{\"op\":\"add\",\"path\":\"title\",\"value\":\"x\"}]}"
    };
    for (String body : badPatches) {
      calls.add(
          new Call("user patch " + body, () -> http.patchScim("/scim/v2/Users/" + userId, body)));
      calls.add(
          new Call(
              "group patch " + body, () -> http.patchScim("/scim/v2/Groups/" + groupId, body)));
    }
    for (int i = 0; i < 120; i++) {
      // Characters a path segment can carry; the web container itself answers control
      // characters and backslashes with its own 400 page before any application sees them.
      String id =
          urlEncode(
              random.nextBoolean()
                  ? UUID.randomUUID().toString()
                  : randomId(1 + random.nextInt(20)));
      String endpoint = random.nextBoolean() ? "Users" : "Groups";
      switch (i % 4) {
        case 0 ->
            calls.add(new Call("GET id " + id, () -> http.get("/scim/v2/" + endpoint + "/" + id)));
        case 1 ->
            calls.add(
                new Call("DELETE id " + id, () -> http.delete("/scim/v2/" + endpoint + "/" + id)));
        case 2 ->
            calls.add(
                new Call(
                    "PATCH id " + id,
                    () ->
                        http.patchScim(
                            "/scim/v2/" + endpoint + "/" + id,
                            PatchBuilder.patch().op("replace", "displayName", "x").toJson())));
        default ->
            calls.add(
                new Call(
                    "PUT id " + id,
                    () -> http.putScim("/scim/v2/" + endpoint + "/" + id, validUser)));
      }
    }
    String[] params = {"startIndex", "count"};
    for (int i = 0; i < 60; i++) {
      String name = params[i % 2];
      String value = randomLetters(1 + random.nextInt(8));
      calls.add(
          new Call(
              name + "=" + value,
              () -> http.get("/scim/v2/Users?" + name + "=" + urlEncode(value))));
      String order = "x" + randomLetters(4);
      calls.add(
          new Call("sortOrder=" + order, () -> http.get("/scim/v2/Groups?sortOrder=" + order)));
      String sortBy = "zz" + randomLetters(5);
      calls.add(new Call("sortBy=" + sortBy, () -> http.get("/scim/v2/Users?sortBy=" + sortBy)));
    }
    calls.add(
        new Call("wrong media type", () -> http.post("/scim/v2/Users", "text/xml", "<user/>")));

    assertTrue(calls.size() >= 1000, "generated " + calls.size());
    List<String> failures = new ArrayList<>();
    for (Call call : calls) {
      HttpResponse<String> response = call.send().get();
      int status = response.statusCode();
      if (status < 400 || status >= 500) {
        failures.add(status + " for " + call.description() + ": " + response.body());
        continue;
      }
      if (!response
              .headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/scim+json")
          || !json(response).getString("status").equals(Integer.toString(status))) {
        failures.add("not a SCIM error for " + call.description() + ": " + response.body());
      }
    }
    assertEquals(
        List.of(),
        failures.subList(0, Math.min(20, failures.size())),
        failures.size() + " bad answers");
    assertEquals(before, snapshot(userId, groupId), "nothing stored changed");
  }

  private record Snapshot(int users, int groups, String userEtag, String groupEtag) {}

  private Snapshot snapshot(String userId, String groupId) {
    return new Snapshot(
        json(http.get("/scim/v2/Users?count=0")).getInt("totalResults"),
        json(http.get("/scim/v2/Groups?count=0")).getInt("totalResults"),
        http.get("/scim/v2/Users/" + userId).headers().firstValue("ETag").orElseThrow(),
        http.get("/scim/v2/Groups/" + groupId).headers().firstValue("ETag").orElseThrow());
  }

  private String breakFilter() {
    String base = FILTERS[random.nextInt(FILTERS.length)];
    return switch (random.nextInt(4)) {
      case 0 -> base + BREAKERS[random.nextInt(BREAKERS.length)];
      case 1 -> "zz" + randomLetters(6) + " eq \"x\"";
      case 2 -> "userName eq " + "q" + randomLetters(5);
      default -> "userName " + "x" + randomLetters(2) + " \"x\"";
    };
  }

  private String badPath() {
    return switch (random.nextInt(4)) {
      case 0 -> "zz" + randomLetters(6);
      case 1 -> "emails[type eq]" + randomLetters(2);
      case 2 -> "name.." + randomLetters(3);
      default -> "emails[" + randomLetters(4);
    };
  }

  private String randomLetters(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append((char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }

  private String randomId(int length) {
    String alphabet = "abcXYZ019-_.~ é中:@!$&'()*+,;=";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    String value = text.toString();
    return value.equals(".") || value.equals("..") ? value + "x" : value;
  }

  private String randomText(int length) {
    String alphabet = "{}[]\":,\\ abc123-_.\u00e9\u4e2d\t";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    String value = text.toString();
    // A bare number or string is valid JSON but not an object; an object could be valid: avoid it.
    return value.strip().startsWith("{") && value.strip().endsWith("}") ? "{" + value : value;
  }
}
