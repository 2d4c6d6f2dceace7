package io.scimtool.scim.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimType;
import io.scimtool.scim.filter.Filter.And;
import io.scimtool.scim.filter.Filter.Compare;
import io.scimtool.scim.filter.Filter.Not;
import io.scimtool.scim.filter.Filter.Or;
import io.scimtool.scim.filter.Filter.Present;
import io.scimtool.scim.filter.Filter.ValuePath;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input string → expected tree, for every example of RFC 7644 §3.4.2.2 and then some. */
class FilterParserTest {
  private static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
  private static final String ENTERPRISE =
      "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";

  static Stream<Arguments> rfcExamples() {
    return Stream.of(
        row("userName eq \"bjensen\"", cmp("userName", CompareOp.EQ, "bjensen")),
        row(
            "name.familyName co \"O'Malley\"",
            cmp(AttrPath.of("name", "familyName"), CompareOp.CO, "O'Malley")),
        row("userName sw \"J\"", cmp("userName", CompareOp.SW, "J")),
        row(
            USER + ":userName sw \"J\"",
            new Compare(new AttrPath(USER, "userName", null), CompareOp.SW, Literal.text("J"))),
        row("title pr", new Present(AttrPath.of("title"))),
        row(
            "meta.lastModified gt \"2011-05-13T04:42:34Z\"",
            cmp(AttrPath.of("meta", "lastModified"), CompareOp.GT, "2011-05-13T04:42:34Z")),
        row(
            "meta.lastModified ge \"2011-05-13T04:42:34Z\"",
            cmp(AttrPath.of("meta", "lastModified"), CompareOp.GE, "2011-05-13T04:42:34Z")),
        row(
            "meta.lastModified lt \"2011-05-13T04:42:34Z\"",
            cmp(AttrPath.of("meta", "lastModified"), CompareOp.LT, "2011-05-13T04:42:34Z")),
        row(
            "meta.lastModified le \"2011-05-13T04:42:34Z\"",
            cmp(AttrPath.of("meta", "lastModified"), CompareOp.LE, "2011-05-13T04:42:34Z")),
        row(
            "title pr and userType eq \"Employee\"",
            new And(new Present(AttrPath.of("title")), cmp("userType", CompareOp.EQ, "Employee"))),
        row(
            "title pr or userType eq \"Intern\"",
            new Or(new Present(AttrPath.of("title")), cmp("userType", CompareOp.EQ, "Intern"))),
        row("schemas eq \"" + ENTERPRISE + "\"", cmp("schemas", CompareOp.EQ, ENTERPRISE)),
        row(
            "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")",
            new And(
                cmp("userType", CompareOp.EQ, "Employee"),
                new Or(
                    cmp("emails", CompareOp.CO, "example.com"),
                    cmp(AttrPath.of("emails", "value"), CompareOp.CO, "example.org")))),
        row(
            "userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co \"example.org\")",
            new And(
                cmp("userType", CompareOp.NE, "Employee"),
                new Not(
                    new Or(
                        cmp("emails", CompareOp.CO, "example.com"),
                        cmp(AttrPath.of("emails", "value"), CompareOp.CO, "example.org"))))),
        row(
            "userType eq \"Employee\" and (emails.type eq \"work\")",
            new And(
                cmp("userType", CompareOp.EQ, "Employee"),
                cmp(AttrPath.of("emails", "type"), CompareOp.EQ, "work"))),
        row(
            "userType eq \"Employee\" and emails[type eq \"work\" and value co \"@example.com\"]",
            new And(
                cmp("userType", CompareOp.EQ, "Employee"),
                new ValuePath(
                    AttrPath.of("emails"),
                    new And(
                        cmp("type", CompareOp.EQ, "work"),
                        cmp("value", CompareOp.CO, "@example.com"))))),
        row(
            "emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co \"@foo.com\"]",
            new Or(
                new ValuePath(
                    AttrPath.of("emails"),
                    new And(
                        cmp("type", CompareOp.EQ, "work"),
                        cmp("value", CompareOp.CO, "@example.com"))),
                new ValuePath(
                    AttrPath.of("ims"),
                    new And(
                        cmp("type", CompareOp.EQ, "xmpp"),
                        cmp("value", CompareOp.CO, "@foo.com"))))));
  }

  static Stream<Arguments> moreForms() {
    return Stream.of(
        row("UserName EQ \"x\"", cmp("UserName", CompareOp.EQ, "x")),
        row("active eq true", new Compare(AttrPath.of("active"), CompareOp.EQ, Literal.TRUE)),
        row("active Eq FALSE", new Compare(AttrPath.of("active"), CompareOp.EQ, Literal.FALSE)),
        row("manager eq null", new Compare(AttrPath.of("manager"), CompareOp.EQ, Literal.NULL)),
        row("x gt 10", new Compare(AttrPath.of("x"), CompareOp.GT, Literal.Number.of("10"))),
        row(
            "x le -1.5e3",
            new Compare(AttrPath.of("x"), CompareOp.LE, Literal.Number.of("-1.5e3"))),
        row(
            "displayName eq \"a \\\"quoted\\\" \\u00e9\"",
            cmp("displayName", CompareOp.EQ, "a \"quoted\" \u00e9")),
        row(
            "a eq \"1\" or b eq \"2\" and c eq \"3\"",
            new Or(
                cmp("a", CompareOp.EQ, "1"),
                new And(cmp("b", CompareOp.EQ, "2"), cmp("c", CompareOp.EQ, "3")))),
        row(
            "(a eq \"1\" or b eq \"2\") and c eq \"3\"",
            new And(
                new Or(cmp("a", CompareOp.EQ, "1"), cmp("b", CompareOp.EQ, "2")),
                cmp("c", CompareOp.EQ, "3"))),
        row(
            "members[value eq \"2819c223\"]",
            new ValuePath(AttrPath.of("members"), cmp("value", CompareOp.EQ, "2819c223"))),
        row(
            ENTERPRISE + ":manager.value eq \"m1\"",
            new Compare(
                new AttrPath(ENTERPRISE, "manager", "value"), CompareOp.EQ, Literal.text("m1"))),
        row("members.$ref pr", new Present(AttrPath.of("members", "$ref"))),
        row("  userName   eq   \"spaced\"  ", cmp("userName", CompareOp.EQ, "spaced")),
        row("not(a pr)", new Not(new Present(AttrPath.of("a")))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource({"rfcExamples", "moreForms"})
  void parses(String input, Filter expected) {
    assertEquals(expected, FilterParser.parseFilter(input));
  }

  static Stream<Arguments> invalidFilters() {
    return Stream.of(
        row("", "empty"),
        row("userName", "operator"),
        row("userName eq", "value"),
        row("userName eqq \"x\"", "Unknown operator"),
        row("userName eq bjensen", "quoted"),
        row("userName sw O", "quoted"),
        row("meta.created gt 2015-01-01T00:00:00Z", "quoted"),
        row("userName eq \"open", "not closed"),
        row("userName eq \"x\" extra", "Unexpected"),
        row("(userName eq \"x\"", "')'"),
        row("userName eq \"x\")", "Unexpected"),
        row("not userName eq \"x\"", "'('"),
        row("emails[type eq \"work\"", "']'"),
        row("emails[]", "empty"),
        row("emails[type[value eq \"x\"]]", "nested"),
        row("and eq \"x\"", "attribute name"),
        row("userName eq \"x\" and", "attribute name"),
        row("1name eq \"x\"", "not a valid attribute path"),
        row("name..familyName eq \"x\"", "not a valid attribute path"),
        row("urn: eq \"x\"", "not a valid attribute path"),
        row("a eq \"\\q\"", "escape"),
        row("a eq \"\\u12\"", "escape"),
        row("(".repeat(60) + "a pr" + ")".repeat(60), "nested"),
        row("a eq \"" + "x".repeat(9000) + "\"", "longer"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidFilters")
  void rejectsWithInvalidFilter(String input, String detailMentions) {
    ScimException error = assertThrows(ScimException.class, () -> FilterParser.parseFilter(input));
    assertEquals(400, error.status());
    assertEquals(ScimType.INVALID_FILTER, error.scimType().orElseThrow());
    assertTrue(error.detail().contains(detailMentions), error.detail());
  }

  static Stream<Arguments> patchPaths() {
    return Stream.of(
        row("displayName", new PatchPath(AttrPath.of("displayName"), null, null)),
        row("name.givenName", new PatchPath(AttrPath.of("name", "givenName"), null, null)),
        row(
            "members[value eq \"2819c223\"]",
            new PatchPath(AttrPath.of("members"), cmp("value", CompareOp.EQ, "2819c223"), null)),
        row(
            "emails[type eq \"work\"].value",
            new PatchPath(AttrPath.of("emails"), cmp("type", CompareOp.EQ, "work"), "value")),
        row(
            "addresses[type eq \"work\"].streetAddress",
            new PatchPath(
                AttrPath.of("addresses"), cmp("type", CompareOp.EQ, "work"), "streetAddress")),
        row(
            ENTERPRISE + ":manager",
            new PatchPath(new AttrPath(ENTERPRISE, "manager", null), null, null)),
        row(
            ENTERPRISE + ":department",
            new PatchPath(new AttrPath(ENTERPRISE, "department", null), null, null)),
        row(
            ENTERPRISE,
            new PatchPath(
                new AttrPath("urn:ietf:params:scim:schemas:extension:enterprise:2.0", "User", null),
                null,
                null)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("patchPaths")
  void parsesPatchPaths(String input, PatchPath expected) {
    assertEquals(expected, FilterParser.parsePath(input));
  }

  static Stream<Arguments> invalidPaths() {
    return Stream.of(
        row("", "empty"),
        row("emails[type eq \"work\"].", "not a valid sub-attribute"),
        row("emails[type eq \"work\"]value", "Unexpected"),
        row("name.givenName[type eq \"x\"]", "multi-valued"),
        row("members[value eq]", "value"),
        row("a b", "Unexpected"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidPaths")
  void rejectsPathsWithInvalidPath(String input, String detailMentions) {
    ScimException error = assertThrows(ScimException.class, () -> FilterParser.parsePath(input));
    assertEquals(ScimType.INVALID_PATH, error.scimType().orElseThrow());
    assertTrue(error.detail().contains(detailMentions), error.detail());
  }

  private static Arguments row(String input, Object expected) {
    return Arguments.of(input, expected);
  }

  private static Compare cmp(String attribute, CompareOp op, String value) {
    return cmp(AttrPath.of(attribute), op, value);
  }

  private static Compare cmp(AttrPath path, CompareOp op, String value) {
    return new Compare(path, op, Literal.text(value));
  }
}
