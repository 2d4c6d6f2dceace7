package io.scimtool.scim.patch;

import static io.scimtool.scim.patch.PatchFixtures.body;
import static io.scimtool.testdata.JsonText.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimType;
import io.scimtool.scim.filter.AttrPath;
import io.scimtool.scim.filter.FilterParser;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PatchRequestTest {

  @Test
  void readsAnEntraRequest() {
    List<PatchOperation> operations =
        PatchRequest.parse(
            body(
                "{'op':'Replace','path':'emails[type eq `work`].value','value':'a@b.c'}",
                "{'op':'Add','value':{'title':'Boss'}}",
                "{'op':'Remove','path':'members[value eq `id1`]'}"));
    assertEquals(
        List.of(
            new PatchOperation(
                PatchOpType.REPLACE,
                FilterParser.parsePath("emails[type eq \"work\"].value"),
                Json.createValue("a@b.c")),
            new PatchOperation(PatchOpType.ADD, null, json("{'title':'Boss'}")),
            new PatchOperation(
                PatchOpType.REMOVE, FilterParser.parsePath("members[value eq \"id1\"]"), null)),
        operations);
  }

  @Test
  void keysAndOpsAreCaseInsensitiveAndSchemasMayBeOmitted() {
    List<PatchOperation> operations =
        PatchRequest.parse(
            json(
                "{'operations':[{'OP':'rEpLaCe','PATH':'title','VALUE':'x'},{'op':'ADD',"
                    + "'path':null,'value':{'nickName':'y'}},{'op':'add','path':'','value':{}}]}"));
    assertEquals(PatchOpType.REPLACE, operations.get(0).op());
    assertEquals(AttrPath.of("title"), operations.get(0).path().attribute());
    assertEquals(Json.createValue("x"), operations.get(0).value());
    assertNull(operations.get(1).path());
    assertNull(operations.get(2).path());
  }

  @Test
  void anExplicitNullValueIsKeptForClearing() {
    PatchOperation operation =
        PatchRequest.parse(body("{'op':'replace','path':'title','value':null}")).get(0);
    assertEquals(JsonValue.NULL, operation.value());
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        arguments(
            "{'schemas':['urn:ietf:params:scim:api:messages:2.0:ListResponse'],'Operations':"
                + "[{'op':'add','path':'title','value':'x'}]}",
            ScimType.INVALID_SYNTAX,
            "schemas"),
        arguments(
            "{'schemas':['urn:ietf:params:scim:api:messages:2.0:PatchOp']}",
            ScimType.INVALID_SYNTAX,
            "Operations"),
        arguments("{'Operations':{'op':'add'}}", ScimType.INVALID_SYNTAX, "array"),
        arguments("{'Operations':[]}", ScimType.INVALID_VALUE, "at least one"),
        arguments("{'Operations':['add']}", ScimType.INVALID_SYNTAX, "object"),
        arguments("{'Operations':[{'path':'title','value':'x'}]}", ScimType.INVALID_SYNTAX, "'op'"),
        arguments("{'Operations':[{'op':1,'path':'title'}]}", ScimType.INVALID_SYNTAX, "'op'"),
        arguments(
            "{'Operations':[{'op':'frobnicate','path':'title','value':'x'}]}",
            ScimType.INVALID_SYNTAX,
            "frobnicate"),
        arguments("{'Operations':[{'op':'Remove'}]}", ScimType.NO_TARGET, "path"),
        arguments("{'Operations':[{'op':'add','path':'title'}]}", ScimType.INVALID_VALUE, "value"),
        arguments(
            "{'Operations':[{'op':'replace','path':'title'}]}", ScimType.INVALID_VALUE, "value"),
        arguments("{'Operations':[{'op':'add','value':'x'}]}", ScimType.INVALID_VALUE, "object"),
        arguments(
            "{'Operations':[{'op':'add','path':'emails[type eq','value':'x'}]}",
            ScimType.INVALID_PATH,
            "path"),
        arguments(
            "{'Operations':[{'op':'add','path':7,'value':'x'}]}", ScimType.INVALID_PATH, "path"),
        arguments(
            "{'Operations':[{'op':'add','path':'title','value':'x'},{'op':'nope','value':{}}]}",
            ScimType.INVALID_SYNTAX,
            "Operation 2"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("malformed")
  void refusesMalformedRequests(String body, ScimType scimType, String detail) {
    ScimException error = assertThrows(ScimException.class, () -> PatchRequest.parse(json(body)));
    assertEquals(400, error.status());
    assertEquals(scimType, error.scimType().orElseThrow());
    assertTrue(error.detail().contains(detail), error.detail());
  }
}
