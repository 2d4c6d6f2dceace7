package io.scimtool.scim.schema;

import static io.scimtool.testdata.JsonText.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimJson;
import io.scimtool.scim.ScimSchemas;
import io.scimtool.scim.ScimType;
import io.scimtool.testdata.ScimUserBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Client body → stored form, and the bodies that are refused. */
class ResourceNormalizerTest {
  private static final String ENT = ScimSchemas.ENTERPRISE_USER;
  private static final ScimResourceType USER = ScimResourceType.USER;
  private static final ScimResourceType GROUP = ScimResourceType.GROUP;

  static Stream<Arguments> normalised() {
    return Stream.of(
        row(
            "names in any case",
            USER,
            "{'USERNAME':'bjensen','DisplayName':'Babs','name':{'GIVENNAME':'Barbara'}}",
            "{'userName':'bjensen','displayName':'Babs','name':{'givenName':'Barbara'}}"),
        row(
            "URN-qualified core names",
            USER,
            "{'urn:ietf:params:scim:schemas:core:2.0:User:userName':'b',"
                + "'URN:IETF:PARAMS:SCIM:SCHEMAS:CORE:2.0:USER:title':'Boss'}",
            "{'userName':'b','title':'Boss'}"),
        row(
            "extension object keyed by its URN in any case",
            USER,
            "{'userName':'b','" + ENT.toUpperCase() + "':{'Department':'Tours'}}",
            "{'userName':'b','" + ENT + "':{'department':'Tours'}}"),
        row(
            "URN-qualified extension attributes join the extension object",
            USER,
            "{'userName':'b','" + ENT + ":employeeNumber':'7','" + ENT + "':{'costCenter':'42'}}",
            "{'userName':'b','" + ENT + "':{'employeeNumber':'7','costCenter':'42'}}"),
        row(
            "unknown attributes and sub-attributes are dropped",
            USER,
            "{'userName':'b','favouriteColour':'red','name':{'givenName':'B','nick':'x'},"
                + "'urn:example:other:1.0:User':{'x':'y'},'name.familyName':'J'}",
            "{'userName':'b','name':{'givenName':'B'}}"),
        row(
            "server-owned, derived, readOnly and writeOnly attributes are dropped",
            USER,
            "{'schemas':['"
                + ScimSchemas.USER
                + "'],'id':'123','meta':{'created':'2020-01-01'},"
                + "'userName':'b','password':'secret','groups':[{'value':'g1'}]}",
            "{'userName':'b'}"),
        row(
            "booleans sent as strings",
            USER,
            "{'userName':'b','active':'False','emails':[{'value':'a@b.c','primary':'TRUE'}]}",
            "{'userName':'b','active':false,'emails':[{'value':'a@b.c','primary':true}]}"),
        row(
            "manager as a bare id",
            USER,
            "{'userName':'b','" + ENT + "':{'manager':'m1'}}",
            "{'userName':'b','" + ENT + "':{'manager':{'value':'m1'}}}"),
        row(
            "manager.displayName is readOnly",
            USER,
            "{'userName':'b','" + ENT + "':{'manager':{'value':'m1','displayName':'Boss'}}}",
            "{'userName':'b','" + ENT + "':{'manager':{'value':'m1'}}}"),
        row(
            "a single value of a multi-valued attribute is wrapped",
            USER,
            "{'userName':'b','emails':{'value':'a@b.c','Type':'work'}}",
            "{'userName':'b','emails':[{'value':'a@b.c','type':'work'}]}"),
        row(
            "empty values are removed",
            USER,
            "{'userName':'b','title':'','nickName':null,'emails':[],'name':{},"
                + "'addresses':[{'type':''},null],'phoneNumbers':[{'value':'1','display':''}],"
                + "'"
                + ENT
                + "':{'department':'','manager':''}}",
            "{'userName':'b','phoneNumbers':[{'value':'1'}]}"),
        row(
            "a later key wins, also when it clears",
            USER,
            "{'userName':'b','title':'a','TITLE':'','nickName':'x','NickName':'y'}",
            "{'userName':'b','nickName':'y'}"),
        row(
            "group members keep value, $ref, type and the display hint",
            GROUP,
            "{'displayName':'g','members':[{'Value':'u1','display':'Bob','$ref':'../Users/u1',"
                + "'type':'User'}]}",
            "{'displayName':'g','members':[{'value':'u1','display':'Bob','$ref':'../Users/u1',"
                + "'type':'User'}]}"),
        row(
            "a single group member is wrapped",
            GROUP,
            "{'displayName':'g','members':{'value':'u1'},'userName':'not a group attribute'}",
            "{'displayName':'g','members':[{'value':'u1'}]}"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("normalised")
  void normalises(String description, ScimResourceType type, String input, String expected) {
    assertEquals(json(expected), ResourceNormalizer.normalize(type, json(input)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("normalised")
  void normalisingTwiceChangesNothing(
      String description, ScimResourceType type, String input, String expected) {
    JsonObject once = ResourceNormalizer.normalize(type, json(input));
    assertEquals(once, ResourceNormalizer.normalize(type, once));
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        row("object for a string", USER, "{'userName':{'a':1}}", "'userName'"),
        row("array for a string", USER, "{'userName':['a']}", "'userName'"),
        row("boolean for a string", USER, "{'userName':true}", "'userName'"),
        row("number for a string", USER, "{'userName':123}", "'userName'"),
        row(
            "number in an extension string",
            USER,
            "{'" + ENT + "':{'employeeNumber':7}}",
            "employeeNumber"),
        row("string for a complex attribute", USER, "{'name':'Bob'}", "'name'"),
        row("strings for complex values", USER, "{'emails':['a@b.c']}", "'emails'"),
        row("non-boolean text for a boolean", USER, "{'active':'yes'}", "'active'"),
        row("number for a boolean", USER, "{'active':1}", "'active'"),
        row(
            "bad boolean in a sub-attribute",
            USER,
            "{'emails':[{'value':'a','primary':'maybe'}]}",
            "'emails.primary'"),
        row("string for the extension object", USER, "{'" + ENT + "':'x'}", ENT),
        row(
            "array for an extension attribute",
            USER,
            "{'" + ENT + "':{'department':['x']}}",
            "'" + ENT + ":department'"),
        row(
            "object for the manager's value",
            USER,
            "{'" + ENT + "':{'manager':{'value':{}}}}",
            "'" + ENT + ":manager.value'"),
        row("member without value", GROUP, "{'members':[{'display':'x'}]}", "'value'"),
        row("member as a bare id", GROUP, "{'members':['u1']}", "'members'"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("refused")
  void refusesWrongTypesWithInvalidValue(
      String description, ScimResourceType type, String input, String detail) {
    ScimException error =
        assertThrows(ScimException.class, () -> ResourceNormalizer.normalize(type, json(input)));
    assertEquals(400, error.status());
    assertEquals(ScimType.INVALID_VALUE, error.scimType().orElseThrow());
    assertTrue(error.detail().contains(detail), error.detail());
  }

  @Test
  void writesAttributesInDefinitionOrder() {
    JsonObject input =
        ScimUserBuilder.user("bjensen")
            .with(ENT, json("{'manager':'m1','department':'Tours'}"))
            .with("active", true)
            .name("Barbara", "Jensen")
            .with("externalId", "e1")
            .build();
    assertEquals(
        "{\"externalId\":\"e1\",\"userName\":\"bjensen\","
            + "\"name\":{\"formatted\":\"Barbara Jensen\",\"familyName\":\"Jensen\","
            + "\"givenName\":\"Barbara\"},\"active\":true,"
            + "\""
            + ENT
            + "\":{\"department\":\"Tours\",\"manager\":{\"value\":\"m1\"}}}",
        ScimJson.write(ResourceNormalizer.normalize(USER, input)));
  }

  @Test
  void passwordIsReadApartFromTheDocument() {
    assertEquals(Optional.of("s3cret"), ResourceNormalizer.password(json("{'PASSWORD':'s3cret'}")));
    assertEquals(
        Optional.of("s3cret"),
        ResourceNormalizer.password(json("{'" + ScimSchemas.USER + ":password':'s3cret'}")));
    assertEquals(Optional.empty(), ResourceNormalizer.password(json("{'userName':'b'}")));
    assertEquals(Optional.empty(), ResourceNormalizer.password(json("{'password':''}")));
    assertEquals(
        Optional.empty(),
        ResourceNormalizer.password(Json.createObjectBuilder().addNull("password").build()));
    ScimException error =
        assertThrows(
            ScimException.class, () -> ResourceNormalizer.password(json("{'password':1}")));
    assertEquals(ScimType.INVALID_VALUE, error.scimType().orElseThrow());
  }

  private static Arguments row(Object... values) {
    return arguments(values);
  }
}
