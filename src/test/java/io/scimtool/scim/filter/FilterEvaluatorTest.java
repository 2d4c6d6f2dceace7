package io.scimtool.scim.filter;

import static io.scimtool.testdata.JsonText.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimType;
import io.scimtool.scim.schema.AttributeDefinition;
import io.scimtool.scim.schema.AttributeType;
import io.scimtool.scim.schema.CoreSchemas;
import jakarta.json.JsonObject;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Value filter + one value of a multi-valued attribute → matches or not. */
class FilterEvaluatorTest {
  private static final AttributeDefinition EMAILS =
      CoreSchemas.USER.attribute("emails").orElseThrow();
  private static final AttributeDefinition MEMBERS =
      CoreSchemas.GROUP.attribute("members").orElseThrow();

  /** No core attribute has numbers in its values; this one does. */
  private static final AttributeDefinition LEVELS =
      AttributeDefinition.builder("levels", AttributeType.COMPLEX)
          .multiValued()
          .subAttributes(
              AttributeDefinition.builder("level", AttributeType.INTEGER).build(),
              AttributeDefinition.builder("name", AttributeType.STRING).build())
          .build();

  private static final JsonObject WORK_EMAIL =
      json("{'value':'Bob@Example.com','type':'work','primary':true,'display':'Bob'}");
  private static final JsonObject UNTYPED_EMAIL = json("{'value':'x@example.org','display':''}");

  static Stream<Arguments> emails() {
    return Stream.of(
        arguments("type eq \"work\"", WORK_EMAIL, true),
        arguments("TYPE EQ \"WORK\"", WORK_EMAIL, true),
        arguments("type eq \"home\"", WORK_EMAIL, false),
        arguments("type ne \"work\"", WORK_EMAIL, false),
        arguments("type ne \"home\"", WORK_EMAIL, true),
        arguments("value co \"example\"", WORK_EMAIL, true),
        arguments("value sw \"bob@\"", WORK_EMAIL, true),
        arguments("value ew \".COM\"", WORK_EMAIL, true),
        arguments("value ew \".org\"", WORK_EMAIL, false),
        arguments("type gt \"home\"", WORK_EMAIL, true),
        arguments("type ge \"work\"", WORK_EMAIL, true),
        arguments("type lt \"work\"", WORK_EMAIL, false),
        arguments("type le \"work\"", WORK_EMAIL, true),
        arguments("display pr", WORK_EMAIL, true),
        arguments("primary eq true", WORK_EMAIL, true),
        arguments("primary eq \"True\"", WORK_EMAIL, true),
        arguments("primary eq false", WORK_EMAIL, false),
        arguments("primary ne false", WORK_EMAIL, true),
        arguments("type eq \"work\" and primary eq true", WORK_EMAIL, true),
        arguments("type eq \"home\" and primary eq true", WORK_EMAIL, false),
        arguments("type eq \"home\" or primary eq true", WORK_EMAIL, true),
        arguments("not (type eq \"work\")", WORK_EMAIL, false),
        arguments("display eq null", WORK_EMAIL, false),
        arguments("display ne null", WORK_EMAIL, true),
        // Absent, and "" counts as absent.
        arguments("type pr", UNTYPED_EMAIL, false),
        arguments("display pr", UNTYPED_EMAIL, false),
        arguments("type eq null", UNTYPED_EMAIL, true),
        arguments("type eq \"work\"", UNTYPED_EMAIL, false),
        arguments("type ne \"work\"", UNTYPED_EMAIL, true),
        arguments("primary eq false", UNTYPED_EMAIL, false));
  }

  @ParameterizedTest(name = "[{index}] {0} on {1} → {2}")
  @MethodSource("emails")
  void evaluatesAgainstAnEmail(String filter, JsonObject email, boolean expected) {
    assertEquals(
        expected, FilterEvaluator.matches(FilterParser.parseFilter(filter), email, EMAILS));
  }

  static Stream<Arguments> caseExactAndNumbers() {
    return Stream.of(
        // members.value is caseExact (RFC 7643 §8.7.1).
        arguments("value eq \"abc\"", MEMBERS, json("{'value':'abc'}"), true),
        arguments("value eq \"ABC\"", MEMBERS, json("{'value':'abc'}"), false),
        arguments("value sw \"A\"", MEMBERS, json("{'value':'abc'}"), false),
        arguments("level gt 5", LEVELS, json("{'level':10}"), true),
        arguments("level eq 10.0", LEVELS, json("{'level':10}"), true),
        arguments("level le 9", LEVELS, json("{'level':10}"), false),
        arguments("level eq \"10\"", LEVELS, json("{'level':10}"), true),
        arguments("level ne 3", LEVELS, json("{'level':10}"), true));
  }

  @ParameterizedTest(name = "[{index}] {0} on {2} → {3}")
  @MethodSource("caseExactAndNumbers")
  void honoursCaseExactnessAndNumbers(
      String filter, AttributeDefinition parent, JsonObject value, boolean expected) {
    assertEquals(
        expected, FilterEvaluator.matches(FilterParser.parseFilter(filter), value, parent));
  }

  static Stream<Arguments> invalidFilters() {
    return Stream.of(
        arguments("nosuch eq \"x\"", "nosuch"),
        arguments("primary gt true", "eq or ne"),
        arguments("primary co \"t\"", "eq or ne"),
        arguments("type gt null", "null"),
        arguments("urn:x:y:type eq \"work\"", "not a sub-attribute"),
        arguments("type.x eq \"work\"", "not a sub-attribute"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidFilters")
  void rejectsWhatTheValuesCannotAnswer(String filter, String detail) {
    ScimException error =
        assertThrows(
            ScimException.class,
            () -> FilterEvaluator.matches(FilterParser.parseFilter(filter), WORK_EMAIL, EMAILS));
    assertEquals(ScimType.INVALID_FILTER, error.scimType().orElseThrow());
    assertContains(detail, error.detail());
  }

  /** Checked up front, so a typo is reported even when there are no values to compare. */
  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "nosuch eq \"x\"",
        "type eq \"work\" and nosuch pr",
        "not (Nosuch pr)",
        "type.x eq \"work\""
      })
  void requireKnownAttributesReportsUnknownNames(String filter) {
    ScimException error =
        assertThrows(
            ScimException.class,
            () -> FilterEvaluator.requireKnownAttributes(FilterParser.parseFilter(filter), EMAILS));
    assertEquals(ScimType.INVALID_FILTER, error.scimType().orElseThrow());
  }

  private static void assertContains(String expected, String actual) {
    if (!actual.contains(expected)) {
      throw new AssertionError("expected '" + actual + "' to contain '" + expected + "'");
    }
  }
}
