package io.scimtool.scim.patch;

import static io.scimtool.scim.patch.PatchFixtures.patch;
import static io.scimtool.testdata.JsonText.array;
import static io.scimtool.testdata.JsonText.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimType;
import io.scimtool.scim.filter.FilterParser;
import io.scimtool.scim.schema.ScimResourceType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * PATCH on Groups. The group service keeps members in their own table, so member operations come
 * back as delegated operations and never touch the document.
 */
class GroupPatchTest {
  private static final JsonObject GROUP = json("{'displayName':'g1','externalId':'e0'}");
  private static final Set<String> MEMBERS = Set.of("members");

  static Stream<Arguments> memberOperations() {
    return Stream.of(
        arguments(
            "{'op':'Add','path':'members','value':[{'value':'id1'}]}",
            new DelegatedOperation(
                PatchOpType.ADD, "members", null, null, array("[{'value':'id1'}]"))),
        arguments(
            "{'op':'Add','path':'members','value':{'Value':'id1','display':'Bob'}}",
            new DelegatedOperation(
                PatchOpType.ADD,
                "members",
                null,
                null,
                array("[{'value':'id1','display':'Bob'}]"))),
        arguments(
            "{'op':'Remove','path':'members[value eq `id1`]'}",
            new DelegatedOperation(
                PatchOpType.REMOVE,
                "members",
                FilterParser.parseFilter("value eq \"id1\""),
                null,
                null)),
        arguments(
            "{'op':'Remove','path':'members','value':[{'value':'id1'}]}",
            new DelegatedOperation(
                PatchOpType.REMOVE, "members", null, null, array("[{'value':'id1'}]"))),
        arguments(
            "{'op':'Remove','path':'members'}",
            new DelegatedOperation(PatchOpType.REMOVE, "members", null, null, null)),
        arguments(
            "{'op':'Replace','path':'members','value':[]}",
            new DelegatedOperation(PatchOpType.REPLACE, "members", null, null, null)),
        arguments(
            "{'op':'replace','path':'MEMBERS[value eq `id1`].display','value':'Bob'}",
            new DelegatedOperation(
                PatchOpType.REPLACE,
                "members",
                FilterParser.parseFilter("value eq \"id1\""),
                "display",
                Json.createValue("Bob"))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("memberOperations")
  void memberOperationsAreDelegated(String operation, DelegatedOperation expected) {
    PatchResult result = patch(ScimResourceType.GROUP, GROUP, MEMBERS, operation);
    assertEquals(GROUP, result.resource());
    assertEquals(List.of(expected), result.delegated());
  }

  @Test
  void replaceWithoutPathChangesTheGroup() {
    PatchResult result =
        patch(
            ScimResourceType.GROUP,
            GROUP,
            MEMBERS,
            "{'op':'replace','value':{'displayName':'g2','externalId':'e'}}");
    assertEquals(json("{'displayName':'g2','externalId':'e'}"), result.resource());
    assertEquals(List.of(), result.delegated());
  }

  @Test
  void membersInAValueWithoutPathAreDelegatedInRequestOrder() {
    PatchResult result =
        patch(
            ScimResourceType.GROUP,
            GROUP,
            MEMBERS,
            "{'op':'Add','path':'members','value':[{'value':'id1'}]}",
            "{'op':'add','value':{'displayName':'g2','members':[{'value':'id2'},{'value':'id3'}]}}",
            "{'op':'Remove','path':'members[value eq `id1`]'}");
    assertEquals(json("{'displayName':'g2','externalId':'e0'}"), result.resource());
    assertEquals(
        List.of(
            new DelegatedOperation(
                PatchOpType.ADD, "members", null, null, array("[{'value':'id1'}]")),
            new DelegatedOperation(
                PatchOpType.ADD, "members", null, null, array("[{'value':'id2'},{'value':'id3'}]")),
            new DelegatedOperation(
                PatchOpType.REMOVE,
                "members",
                FilterParser.parseFilter("value eq \"id1\""),
                null,
                null)),
        result.delegated());
  }

  @Test
  void aDelegatedMemberWithoutValueIsRefused() {
    ScimException error =
        assertThrows(
            ScimException.class,
            () ->
                patch(
                    ScimResourceType.GROUP,
                    GROUP,
                    MEMBERS,
                    "{'op':'Add','path':'members','value':[{'display':'Bob'}]}"));
    assertEquals(ScimType.INVALID_VALUE, error.scimType().orElseThrow());
  }

  /** Without delegation, members are ordinary multi-valued values of the document. */
  @Test
  void undelegatedMembersLiveInTheDocument() {
    PatchResult result =
        patch(
            ScimResourceType.GROUP,
            GROUP,
            Set.of(),
            "{'op':'Add','path':'members','value':[{'value':'id1'},{'value':'id2'}]}",
            "{'op':'Add','path':'members','value':[{'value':'id2'}]}",
            "{'op':'Remove','path':'members[value eq `id1`]'}");
    assertEquals(
        json("{'displayName':'g1','members':[{'value':'id2'}],'externalId':'e0'}"),
        result.resource());
    assertEquals(List.of(), result.delegated());
  }

  /** RFC 7643 §7: members.value is immutable, so it may not be replaced. */
  @Test
  void anImmutableMemberValueCannotBeReplaced() {
    JsonObject withMember = json("{'displayName':'g1','members':[{'value':'id1'}]}");
    ScimException error =
        assertThrows(
            ScimException.class,
            () ->
                patch(
                    ScimResourceType.GROUP,
                    withMember,
                    Set.of(),
                    "{'op':'replace','path':'members[value eq `id1`].value','value':'id9'}"));
    assertEquals(ScimType.MUTABILITY, error.scimType().orElseThrow());
  }
}
