package io.scimtool.scim.projection;

import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.scim.ScimSchemas;
import io.scimtool.scim.schema.ScimResourceType;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * (attributes, excludedAttributes) → the leaf paths left in the response. Leaves are written {@code
 * name.sub} for core attributes and {@code <urn>:name.sub} inside an extension; the elements of a
 * multi-valued attribute share one path.
 */
class AttributeProjectionTest {
  private static final String ENT = ScimSchemas.ENTERPRISE_USER;

  private static final JsonObject USER = fullUser();
  private static final JsonObject GROUP = fullGroup();

  /** What a user carries by default: everything but the never-returned password. */
  private static final Set<String> USER_DEFAULT = without(leaves(USER), "password");

  static Stream<Arguments> userProjections() {
    return Stream.of(
        row(null, null, allBut()),
        row("", "  ", allBut()),
        row("userName", null, only("userName")),
        row("name.givenName", null, only("name.givenName")),
        row("emails.value", null, only("emails.value")),
        row(ScimSchemas.USER + ":userName", null, only("userName")),
        row(ScimSchemas.USER + ":name.familyName", null, only("name.familyName")),
        row("USERNAME,Name.GivenName", null, only("userName", "name.givenName")),
        row(" userName , displayName ,", null, only("userName", "displayName")),
        row("name", null, only("name.givenName", "name.familyName", "name.formatted")),
        row("groups", null, only("groups.value", "groups.$ref", "groups.display")),
        row("meta.created", null, only("meta.created")),
        row(ENT + ":department", null, only(ENT + ":department")),
        row(ENT + ":manager.value", null, only(ENT + ":manager.value")),
        row(
            ENT,
            null,
            only(
                ENT + ":department",
                ENT + ":employeeNumber",
                ENT + ":manager.value",
                ENT + ":manager.$ref",
                ENT + ":manager.displayName")),
        row(ENT.toLowerCase() + ":DEPARTMENT", null, only(ENT + ":department")),
        // returned "always" and "never" ignore the parameters (RFC 7643 §7)
        row("password", null, only()),
        row("id", null, only()),
        row(null, "id,schemas", allBut()),
        // unknown and malformed names are ignored
        row("noSuchAttribute,userName", null, only("userName")),
        row("emails[type eq \"work\"]", null, only()),
        row(null, "members", allBut()),
        row(null, "name.givenName", allBut("name.givenName")),
        row(null, "emails", allBut("emails")),
        row(null, "Groups,META", allBut("groups", "meta")),
        row(null, ENT, allBut(ENT)),
        row(null, ENT + ":manager", allBut(ENT + ":manager")),
        row(null, ENT + ":manager.displayName", allBut(ENT + ":manager.displayName")),
        // both given: attributes wins
        row("userName", "userName", only("userName")),
        row("", "groups", allBut("groups")));
  }

  @ParameterizedTest(name = "attributes={0} excludedAttributes={1}")
  @MethodSource("userProjections")
  void projectsUsers(String attributes, String excluded, Set<String> expected) {
    JsonObject projected =
        AttributeProjection.parse(ScimResourceType.USER, attributes, excluded).apply(USER);
    assertEquals(expected, leaves(projected));
  }

  /**
   * Without parameters a projection keeps every stored attribute (the representation may then be
   * written as it is); the never-returned password is never stored, so it does not count.
   */
  @ParameterizedTest
  @MethodSource("identities")
  void identityOnlyWithoutParameters(
      ScimResourceType type, String attributes, String excluded, boolean identity) {
    AttributeProjection projection = AttributeProjection.parse(type, attributes, excluded);
    assertEquals(identity, projection.isIdentity());
  }

  static Stream<Arguments> identities() {
    return Stream.of(
        Arguments.of(ScimResourceType.USER, null, null, true),
        Arguments.of(ScimResourceType.USER, " ", "", true),
        Arguments.of(ScimResourceType.USER, null, "notAnAttribute", true),
        Arguments.of(ScimResourceType.USER, "userName", null, false),
        Arguments.of(ScimResourceType.USER, null, "emails", false),
        Arguments.of(ScimResourceType.GROUP, null, null, true),
        Arguments.of(ScimResourceType.GROUP, null, "members", false));
  }

  @Test
  void identityKeepsTheFullRepresentationAsItIs() {
    AttributeProjection projection = AttributeProjection.parse(ScimResourceType.USER, null, null);
    JsonObject stored = Json.createObjectBuilder(USER).remove("password").build();
    assertEquals(stored, projection.apply(stored));
  }

  @Test
  void excludesOnlyNamesExactlyOneExcludedAttribute() {
    assertTrue(
        AttributeProjection.parse(ScimResourceType.GROUP, null, "MEMBERS").excludesOnly("members"));
    assertFalse(
        AttributeProjection.parse(ScimResourceType.GROUP, null, "members,externalId")
            .excludesOnly("members"));
    assertFalse(
        AttributeProjection.parse(ScimResourceType.GROUP, "members", null).excludesOnly("members"));
    assertFalse(
        AttributeProjection.parse(ScimResourceType.GROUP, null, "members.display")
            .excludesOnly("members"));
    assertFalse(
        AttributeProjection.parse(ScimResourceType.GROUP, null, null).excludesOnly("members"));
  }

  @Test
  void aListedSubAttributeIsKeptInEveryElement() {
    JsonArray emails =
        AttributeProjection.parse(ScimResourceType.USER, "emails.value", null)
            .apply(USER)
            .getJsonArray("emails");
    assertEquals(2, emails.size());
    emails.forEach(email -> assertEquals(Set.of("value"), email.asJsonObject().keySet()));
  }

  @Test
  void elementsWithoutTheListedSubAttributeAreDropped() {
    AttributeProjection primary =
        AttributeProjection.parse(ScimResourceType.USER, "emails.primary", null);
    assertEquals(1, primary.apply(USER).getJsonArray("emails").size());
    AttributeProjection display =
        AttributeProjection.parse(ScimResourceType.USER, "emails.display", null);
    assertFalse(display.apply(USER).containsKey("emails"), "no email has a display");
  }

  @Test
  void anEmptiedExtensionIsRemovedButSchemasIsKept() {
    JsonObject projected =
        AttributeProjection.parse(ScimResourceType.USER, ENT + ":costCenter", null).apply(USER);
    assertFalse(projected.containsKey(ENT));
    assertEquals(USER.getJsonArray("schemas"), projected.getJsonArray("schemas"));
  }

  @Test
  void anEmptiedComplexAttributeIsRemoved() {
    JsonObject projected =
        AttributeProjection.parse(
                ScimResourceType.USER, null, "name.givenName,name.familyName,name.formatted")
            .apply(USER);
    assertFalse(projected.containsKey("name"));
  }

  static Stream<Arguments> groupProjections() {
    return Stream.of(
        row(null, null, leaves(GROUP)),
        row(null, "members", without(leaves(GROUP), "members")),
        row("displayName", null, Set.of("schemas", "id", "displayName")),
        row("members.value", null, Set.of("schemas", "id", "members.value")),
        row(null, "members.display", without(leaves(GROUP), "members.display")),
        row("displayName", "members", Set.of("schemas", "id", "displayName")));
  }

  @ParameterizedTest(name = "attributes={0} excludedAttributes={1}")
  @MethodSource("groupProjections")
  void projectsGroups(String attributes, String excluded, Set<String> expected) {
    JsonObject projected =
        AttributeProjection.parse(ScimResourceType.GROUP, attributes, excluded).apply(GROUP);
    assertEquals(expected, leaves(projected));
  }

  static Stream<Arguments> inclusions() {
    ScimResourceType user = ScimResourceType.USER;
    ScimResourceType group = ScimResourceType.GROUP;
    return Stream.of(
        Arguments.of(user, null, null, "groups", true),
        Arguments.of(user, null, null, "password", false),
        Arguments.of(user, "password", null, "password", false),
        Arguments.of(user, "userName", null, "groups", false),
        Arguments.of(user, "userName", null, "id", true),
        Arguments.of(user, null, "id", "id", true),
        Arguments.of(user, null, "GROUPS", "groups", false),
        Arguments.of(user, "groups.display", null, "groups", true),
        Arguments.of(user, null, "groups.display", "groups", true),
        Arguments.of(user, "name", null, "name.givenName", true),
        Arguments.of(user, null, "name.givenName", "name.givenName", false),
        Arguments.of(user, ENT + ":department", null, ENT, true),
        Arguments.of(user, ENT + ":department", null, ENT + ":manager", false),
        Arguments.of(user, ENT, null, ENT + ":manager", true),
        Arguments.of(user, null, ENT, ENT + ":manager", false),
        Arguments.of(group, null, null, "members", true),
        Arguments.of(group, null, "members", "members", false),
        Arguments.of(group, null, "Members", "members", false),
        Arguments.of(group, "displayName", null, "members", false),
        Arguments.of(group, "members.value", null, "members", true),
        Arguments.of(group, null, "members.display", "members", true),
        Arguments.of(group, "members", null, "members", true),
        Arguments.of(group, "displayName", "members", "members", false),
        Arguments.of(group, "members", "members", "members", true));
  }

  @ParameterizedTest(name = "{0}: attributes={1} excludedAttributes={2} includes {3}")
  @MethodSource("inclusions")
  void tellsWhetherAnAttributeIsWanted(
      ScimResourceType type, String attributes, String excluded, String name, boolean expected) {
    assertEquals(expected, AttributeProjection.parse(type, attributes, excluded).includes(name));
  }

  @Test
  void includesRejectsNamesTheTypeDoesNotDefine() {
    AttributeProjection projection = AttributeProjection.parse(ScimResourceType.USER, null, null);
    assertThrows(IllegalArgumentException.class, () -> projection.includes("members"));
  }

  // --- test data ---

  /** A user as the server returns it, plus a password a careless caller might leave in. */
  private static JsonObject fullUser() {
    return user("bjensen@example.com")
        .with("schemas", strings(ScimSchemas.USER, ENT))
        .with("id", "2819c223-7f76-453a-919d-413861904646")
        .with("externalId", "bjensen")
        .name("Barbara", "Jensen")
        .with("displayName", "Babs Jensen")
        .with("active", true)
        .with("password", "t1meMa$heen")
        .with(
            "emails",
            Json.createArrayBuilder()
                .add(object("value", "bjensen@example.com", "type", "work").add("primary", true))
                .add(object("value", "babs@jensen.org", "type", "home"))
                .build())
        .with(
            "groups",
            Json.createArrayBuilder()
                .add(
                    object(
                        "value", "e9e30dba-f08f-4109-8486-d5c6a331660a",
                        "$ref", "https://example.com/scim/v2/Groups/e9e30dba",
                        "display", "Tour Guides"))
                .build())
        .with(
            ENT,
            object("employeeNumber", "701984", "department", "Tour Operations")
                .add(
                    "manager",
                    object(
                        "value", "26118915-6090-4610-87e4-49d8ca9f808d",
                        "$ref", "https://example.com/scim/v2/Users/26118915",
                        "displayName", "John Smith"))
                .build())
        .with("meta", meta("User"))
        .build();
  }

  private static JsonObject fullGroup() {
    return Json.createObjectBuilder()
        .add("schemas", strings(ScimSchemas.GROUP))
        .add("id", "e9e30dba-f08f-4109-8486-d5c6a331660a")
        .add("externalId", "tour-guides")
        .add("displayName", "Tour Guides")
        .add(
            "members",
            Json.createArrayBuilder()
                .add(
                    object(
                        "value", "2819c223-7f76-453a-919d-413861904646",
                        "$ref", "https://example.com/scim/v2/Users/2819c223",
                        "display", "Babs Jensen",
                        "type", "User"))
                .add(
                    object(
                        "value", "902c246b-6245-4190-8e05-00816be7344a",
                        "$ref", "https://example.com/scim/v2/Users/902c246b",
                        "display", "Mandy Pepperidge",
                        "type", "User")))
        .add("meta", meta("Group"))
        .build();
  }

  private static JsonObject meta(String resourceType) {
    return object(
            "resourceType", resourceType,
            "created", "2010-01-23T04:56:22Z",
            "lastModified", "2011-05-13T04:42:34Z",
            "location", "https://example.com/scim/v2/" + resourceType + "s/1",
            "version", "W/\"3694e05e9dff591\"")
        .build();
  }

  private static JsonObjectBuilder object(String... keysAndValues) {
    JsonObjectBuilder object = Json.createObjectBuilder();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      object.add(keysAndValues[i], keysAndValues[i + 1]);
    }
    return object;
  }

  private static JsonArray strings(String... values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    Arrays.stream(values).forEach(array::add);
    return array.build();
  }

  // --- expectations ---

  private static Arguments row(String attributes, String excluded, Set<String> expected) {
    return Arguments.of(attributes, excluded, expected);
  }

  /** The always-returned id and schemas, plus these leaves. */
  private static Set<String> only(String... leaves) {
    Set<String> expected = new TreeSet<>(Set.of("id", "schemas"));
    expected.addAll(Arrays.asList(leaves));
    return expected;
  }

  /** The default user minus the leaves under these paths. */
  private static Set<String> allBut(String... paths) {
    return without(USER_DEFAULT, paths);
  }

  private static Set<String> without(Set<String> leaves, String... paths) {
    return leaves.stream()
        .filter(leaf -> Arrays.stream(paths).noneMatch(path -> isUnder(leaf, path)))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean isUnder(String leaf, String path) {
    return leaf.equals(path) || leaf.startsWith(path + ".") || leaf.startsWith(path + ":");
  }

  private static Set<String> leaves(JsonObject resource) {
    Set<String> leaves = new TreeSet<>();
    collect("", resource, leaves);
    return leaves;
  }

  private static void collect(String path, JsonValue value, Set<String> leaves) {
    if (value instanceof JsonObject object && !object.isEmpty()) {
      String separator = path.isEmpty() ? "" : path.equals(ENT) ? ":" : ".";
      object.forEach((key, child) -> collect(path + separator + key, child, leaves));
    } else if (value instanceof JsonArray array
        && !array.isEmpty()
        && array.get(0) instanceof JsonObject) {
      array.forEach(element -> collect(path, element, leaves));
    } else {
      leaves.add(path);
    }
  }
}
