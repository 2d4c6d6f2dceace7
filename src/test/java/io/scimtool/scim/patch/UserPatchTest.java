package io.scimtool.scim.patch;

import static io.scimtool.scim.patch.PatchFixtures.ENT;
import static io.scimtool.scim.patch.PatchFixtures.patch;
import static io.scimtool.scim.patch.PatchFixtures.patchUser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimType;
import io.scimtool.scim.schema.ResourceNormalizer;
import io.scimtool.scim.schema.ScimResourceType;
import io.scimtool.testdata.JsonText;
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
 * PATCH on Users: stored resource + request operations → stored resource. The requests are the
 * shapes Microsoft Entra ID sends, plus the RFC 7644 §3.5.2 rules around them. In the JSON below
 * {@code $ENT} stands for the enterprise extension URN and a backtick for an escaped quote.
 */
class UserPatchTest {
  private static final String BASE =
      "{'userName':'bjensen','displayName':'Babs',"
          + "'name':{'givenName':'Barbara','familyName':'Jensen'},"
          + "'emails':[{'value':'bj@example.com','type':'work','primary':true}],"
          + "'$ENT':{'department':'Tours','manager':{'value':'m0'}}}";
  private static final String NO_MANAGER = "{'userName':'bjensen','$ENT':{'department':'Tours'}}";
  private static final String TWO_EMAILS =
      "{'userName':'bjensen','emails':[{'value':'bj@example.com','type':'work','primary':true},"
          + "{'value':'babs@home.example','type':'home'}]}";

  static Stream<Arguments> entraRequests() {
    return Stream.of(
        row(
            "replace several attributes in one request",
            BASE,
            ops(
                "{'op':'Replace','path':'displayName','value':'x'}",
                "{'op':'Replace','path':'name.givenName','value':'y'}",
                "{'op':'Replace','path':'emails[type eq `work`].value','value':'a@b.c'}",
                "{'op':'Replace','path':'$ENT:department','value':'Finance'}"),
            "{'userName':'bjensen','displayName':'x','name':{'givenName':'y','familyName':'Jensen'},"
                + "'emails':[{'value':'a@b.c','type':'work','primary':true}],"
                + "'$ENT':{'department':'Finance','manager':{'value':'m0'}}}"),
        row(
            "add attributes; an email that is already there is not added twice",
            BASE,
            ops(
                "{'op':'Add','path':'title','value':'Tour Guide'}",
                "{'op':'Add','path':'phoneNumbers','value':[{'value':'555-0100','type':'work'}]}",
                "{'op':'Add','path':'emails',"
                    + "'value':{'value':'bj@example.com','type':'work','primary':'True'}}",
                "{'op':'Add','path':'$ENT:employeeNumber','value':'701984'}"),
            "{'userName':'bjensen','displayName':'Babs','title':'Tour Guide',"
                + "'name':{'givenName':'Barbara','familyName':'Jensen'},"
                + "'emails':[{'value':'bj@example.com','type':'work','primary':true}],"
                + "'phoneNumbers':[{'value':'555-0100','type':'work'}],"
                + "'$ENT':{'employeeNumber':'701984','department':'Tours','manager':{'value':'m0'}}}"),
        row(
            "replace without a path: plain, dotted and URN-qualified keys",
            BASE,
            ops(
                "{'op':'replace','value':{'displayName':'x','externalId':'y',"
                    + "'name.givenName':'z','$ENT:employeeNumber':'7'}}"),
            "{'externalId':'y','userName':'bjensen','displayName':'x',"
                + "'name':{'givenName':'z','familyName':'Jensen'},"
                + "'emails':[{'value':'bj@example.com','type':'work','primary':true}],"
                + "'$ENT':{'employeeNumber':'7','department':'Tours','manager':{'value':'m0'}}}"),
        row(
            "active as the string False",
            NO_MANAGER,
            ops("{'op':'Replace','path':'active','value':'False'}"),
            "{'userName':'bjensen','active':false,'$ENT':{'department':'Tours'}}"),
        row(
            "manager replaced with a bare id (older Entra shape)",
            BASE,
            ops("{'op':'Replace','path':'$ENT:manager','value':'m1'}"),
            BASE.replace("m0", "m1")),
        row(
            "manager replaced with {value} (newer Entra shape)",
            BASE,
            ops("{'op':'Replace','path':'$ENT:manager','value':{'value':'m2'}}"),
            BASE.replace("m0", "m2")),
        row(
            "manager added as a bare id",
            NO_MANAGER,
            ops("{'op':'Add','path':'$ENT:manager','value':'m3'}"),
            "{'userName':'bjensen','$ENT':{'department':'Tours','manager':{'value':'m3'}}}"),
        row(
            "manager added as {value}",
            NO_MANAGER,
            ops("{'op':'Add','path':'$ENT:manager','value':{'value':'m4','$ref':'../Users/m4'}}"),
            "{'userName':'bjensen','$ENT':{'department':'Tours',"
                + "'manager':{'value':'m4','$ref':'../Users/m4'}}}"),
        row(
            "a new manager does not inherit the old manager's $ref",
            "{'userName':'bjensen','$ENT':{'manager':{'value':'m0','$ref':'../Users/m0'}}}",
            ops("{'op':'Replace','path':'$ENT:manager','value':{'value':'m1'}}"),
            "{'userName':'bjensen','$ENT':{'manager':{'value':'m1'}}}"),
        row(
            "manager removed",
            BASE,
            ops("{'op':'Remove','path':'$ENT:manager'}"),
            BASE.replace(",'manager':{'value':'m0'}", "")),
        row(
            "manager cleared with an empty string",
            BASE,
            ops("{'op':'Replace','path':'$ENT:manager','value':''}"),
            BASE.replace(",'manager':{'value':'m0'}", "")),
        row(
            "manager cleared with null",
            BASE,
            ops("{'op':'Replace','path':'$ENT:manager','value':null}"),
            BASE.replace(",'manager':{'value':'m0'}", "")),
        row(
            "manager cleared with an empty value",
            BASE,
            ops("{'op':'Replace','path':'$ENT:manager','value':{'value':''}}"),
            BASE.replace(",'manager':{'value':'m0'}", "")),
        row(
            "manager set without a path",
            NO_MANAGER,
            ops("{'op':'replace','value':{'$ENT:manager':'m5'}}"),
            "{'userName':'bjensen','$ENT':{'department':'Tours','manager':{'value':'m5'}}}"),
        row(
            "several operations on the same attribute apply in order",
            NO_MANAGER,
            ops(
                "{'op':'Add','path':'title','value':'a'}",
                "{'op':'Replace','path':'title','value':'b'}",
                "{'op':'Add','path':'nickName','value':'n'}",
                "{'op':'Remove','path':'nickName'}"),
            "{'userName':'bjensen','title':'b','$ENT':{'department':'Tours'}}"),
        row(
            "a replace through a type filter creates the address Entra expects",
            NO_MANAGER,
            ops(
                "{'op':'Replace','path':'addresses[type eq `work`].streetAddress',"
                    + "'value':'1 Main St'}",
                "{'op':'Replace','path':'addresses[type eq `work`].locality','value':'Springfield'}"),
            "{'userName':'bjensen','addresses':[{'streetAddress':'1 Main St',"
                + "'locality':'Springfield','type':'work'}],'$ENT':{'department':'Tours'}}"),
        row(
            "an add through a type filter creates the phone number",
            NO_MANAGER,
            ops("{'op':'Add','path':'phoneNumbers[type eq `mobile`].value','value':'555-0101'}"),
            "{'userName':'bjensen','phoneNumbers':[{'value':'555-0101','type':'mobile'}],"
                + "'$ENT':{'department':'Tours'}}"),
        row(
            "Entra's roles[primary eq \"True\"].value creates a primary role",
            NO_MANAGER,
            ops("{'op':'Replace','path':'roles[primary eq `True`].value','value':'Admin'}"),
            "{'userName':'bjensen','roles':[{'value':'Admin','primary':true}],"
                + "'$ENT':{'department':'Tours'}}"),
        row(
            "clearing a filtered value that is not there changes nothing",
            NO_MANAGER,
            ops("{'op':'Replace','path':'phoneNumbers[type eq `fax`].value','value':''}"),
            NO_MANAGER));
  }

  static Stream<Arguments> rfcSemantics() {
    return Stream.of(
        row(
            "a filtered replace changes only the matching value",
            TWO_EMAILS,
            ops("{'op':'replace','path':'emails[type eq `work`].value','value':'w@x.y'}"),
            TWO_EMAILS.replace("bj@example.com", "w@x.y")),
        row(
            "a filter matching several values changes them all",
            TWO_EMAILS,
            ops(
                "{'op':'replace','path':'emails[type eq `work` or type eq `home`].display',"
                    + "'value':'E'}"),
            "{'userName':'bjensen','emails':[{'value':'bj@example.com','display':'E',"
                + "'type':'work','primary':true},"
                + "{'value':'babs@home.example','display':'E','type':'home'}]}"),
        row(
            "a sub-attribute without a filter applies to every value",
            TWO_EMAILS,
            ops("{'op':'replace','path':'emails.display','value':'E'}"),
            "{'userName':'bjensen','emails':[{'value':'bj@example.com','display':'E',"
                + "'type':'work','primary':true},"
                + "{'value':'babs@home.example','display':'E','type':'home'}]}"),
        row(
            "remove of a sub-attribute without a filter removes it from every value",
            TWO_EMAILS,
            ops("{'op':'remove','path':'emails.type'}"),
            TWO_EMAILS.replace(",'type':'work'", "").replace(",'type':'home'", "")),
        row(
            "remove with a filter removes the matching values",
            TWO_EMAILS,
            ops("{'op':'remove','path':'emails[type eq `home`]'}"),
            "{'userName':'bjensen','emails':[{'value':'bj@example.com','type':'work',"
                + "'primary':true}]}"),
        row(
            "remove with a filter and a sub-attribute removes only the sub-attribute",
            TWO_EMAILS,
            ops("{'op':'remove','path':'emails[type eq `work`].primary'}"),
            TWO_EMAILS.replace(",'primary':true", "")),
        row(
            "remove with values removes the equal values, ignoring case where the schema does",
            TWO_EMAILS,
            ops("{'op':'Remove','path':'emails','value':[{'value':'BABS@HOME.EXAMPLE'}]}"),
            "{'userName':'bjensen','emails':[{'value':'bj@example.com','type':'work',"
                + "'primary':true}]}"),
        row(
            "a filtered replace without sub-attribute replaces the whole value",
            TWO_EMAILS,
            ops(
                "{'op':'replace','path':'emails[type eq `work`]',"
                    + "'value':{'value':'new@x.y','type':'work'}}"),
            TWO_EMAILS.replace(
                "'bj@example.com','type':'work','primary':true", "'new@x.y','type':'work'")),
        row(
            "a filtered add merges into the matching value",
            TWO_EMAILS,
            ops("{'op':'add','path':'emails[type eq `home`]','value':{'display':'Home'}}"),
            TWO_EMAILS.replace("'babs@home.example',", "'babs@home.example','display':'Home',")),
        row(
            "removing what is absent succeeds and changes nothing",
            BASE,
            ops(
                "{'op':'Remove','path':'title'}",
                "{'op':'Remove','path':'phoneNumbers'}",
                "{'op':'Remove','path':'name.middleName'}",
                "{'op':'Remove','path':'$ENT:costCenter'}"),
            BASE),
        row(
            "remove a sub-attribute",
            BASE,
            ops("{'op':'remove','path':'name.givenName'}"),
            BASE.replace("'givenName':'Barbara',", "")),
        row(
            "replace of a complex attribute leaves unnamed sub-attributes alone",
            BASE,
            ops("{'op':'replace','path':'name','value':{'givenName':'Barb','middleName':''}}"),
            BASE.replace("Barbara", "Barb")),
        row(
            "a new primary email takes primary from the old one",
            BASE,
            ops("{'op':'add','path':'emails','value':[{'value':'new@x.y','primary':'true'}]}"),
            BASE.replace(
                "'primary':true}]", "'primary':false},{'value':'new@x.y','primary':true}]")),
        row(
            "replace of a multi-valued attribute replaces all its values",
            TWO_EMAILS,
            ops("{'op':'replace','path':'emails','value':[{'value':'only@x.y'}]}"),
            "{'userName':'bjensen','emails':[{'value':'only@x.y'}]}"),
        row(
            "add without a path merges into the extension",
            BASE,
            ops("{'op':'add','value':{'$ENT':{'costCenter':'42'}}}"),
            BASE.replace("'department':'Tours'", "'costCenter':'42','department':'Tours'")),
        row(
            "remove of the whole extension",
            BASE,
            ops("{'op':'remove','path':'$ENT'}"),
            BASE.replace(",'$ENT':{'department':'Tours','manager':{'value':'m0'}}", "")),
        row(
            "an empty string clears",
            BASE,
            ops("{'op':'Replace','path':'displayName','value':''}"),
            BASE.replace("'displayName':'Babs',", "")),
        row(
            "paths ignore case",
            BASE,
            ops(
                "{'op':'replace','path':'DISPLAYNAME','value':'z'}",
                "{'op':'replace','path':'NAME.GIVENNAME','value':'q'}",
                "{'op':'replace','path':'EMAILS[TYPE EQ `WORK`].VALUE','value':'w@x.y'}",
                "{'op':'replace','path':'" + ENT.toUpperCase() + ":Department','value':'D'}"),
            BASE.replace("Babs", "z")
                .replace("Barbara", "q")
                .replace("bj@example.com", "w@x.y")
                .replace("Tours", "D")),
        row(
            "a sub-attribute of an extension attribute",
            BASE,
            ops("{'op':'replace','path':'$ENT:manager.value','value':'m9'}"),
            BASE.replace("m0", "m9")),
        row(
            "schemas, id and meta in a value without path are ignored",
            BASE,
            ops(
                "{'op':'replace','value':{'schemas':['urn:ietf:params:scim:schemas:core:2.0:User'],"
                    + "'id':'other','meta':{'version':'W/1'},'displayName':'n'}}"),
            BASE.replace("Babs", "n")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource({"entraRequests", "rfcSemantics"})
  void applies(String description, String before, List<String> operations, String after) {
    JsonObject result = patchUser(user(before), operations.toArray(String[]::new));
    assertEquals(user(after), result);
    assertEquals(result, ResourceNormalizer.normalize(ScimResourceType.USER, result));
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        row("{'op':'replace','path':'id','value':'x'}", ScimType.MUTABILITY, "'id'"),
        row("{'op':'replace','path':'meta.created','value':'x'}", ScimType.MUTABILITY, "'meta'"),
        row("{'op':'remove','path':'meta'}", ScimType.MUTABILITY, "'meta'"),
        row("{'op':'add','path':'schemas','value':['x']}", ScimType.MUTABILITY, "'schemas'"),
        row("{'op':'add','path':'groups','value':[{'value':'g'}]}", ScimType.MUTABILITY, "groups"),
        row("{'op':'add','value':{'groups':[{'value':'g'}]}}", ScimType.MUTABILITY, "groups"),
        row(
            "{'op':'replace','path':'$ENT:manager.displayName','value':'x'}",
            ScimType.MUTABILITY,
            "displayName"),
        row("{'op':'replace','path':'nosuch','value':'x'}", ScimType.INVALID_PATH, "nosuch"),
        row("{'op':'replace','value':{'nosuch':'x'}}", ScimType.INVALID_PATH, "nosuch"),
        row("{'op':'replace','path':'name.nosuch','value':'x'}", ScimType.INVALID_PATH, "nosuch"),
        row("{'op':'replace','path':'$ENT:nosuch','value':'x'}", ScimType.INVALID_PATH, "nosuch"),
        row(
            "{'op':'replace','path':'displayName[value eq `x`]','value':'x'}",
            ScimType.INVALID_PATH,
            "displayName"),
        row(
            "{'op':'replace','path':'emails[nosuch eq `x`].value','value':'x'}",
            ScimType.INVALID_PATH,
            "nosuch"),
        row(
            "{'op':'replace','path':'emails[type eq `work`].nosuch','value':'x'}",
            ScimType.INVALID_PATH,
            "nosuch"),
        row("{'op':'remove','path':'emails[type eq `home`].value'}", ScimType.NO_TARGET, "emails"),
        row("{'op':'remove','path':'emails[type eq `home`]'}", ScimType.NO_TARGET, "emails"),
        row(
            "{'op':'replace','path':'emails[type eq `home`]','value':{'value':'h@x.y'}}",
            ScimType.NO_TARGET,
            "emails"),
        row(
            "{'op':'replace','path':'emails[type eq `home` and value eq `h@x.y`].display',"
                + "'value':'H'}",
            ScimType.NO_TARGET,
            "emails"),
        row("{'op':'replace','path':'active','value':'maybe'}", ScimType.INVALID_VALUE, "active"),
        row("{'op':'replace','path':'name','value':'Bob'}", ScimType.INVALID_VALUE, "'name'"),
        row("{'op':'add','path':'emails','value':['a@b.c']}", ScimType.INVALID_VALUE, "emails"),
        row("{'op':'replace','path':'title','value':{'a':1}}", ScimType.INVALID_VALUE, "title"),
        row("{'op':'replace','path':'$ENT','value':'x'}", ScimType.INVALID_VALUE, ENT),
        row(
            "{'op':'frobnicate','path':'title','value':'x'}",
            ScimType.INVALID_SYNTAX,
            "frobnicate"),
        row("{'op':'remove'}", ScimType.NO_TARGET, "path"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("refused")
  void refuses(String operation, ScimType scimType, String detail) {
    ScimException error =
        assertThrows(ScimException.class, () -> patchUser(user(BASE), expand(operation)));
    assertEquals(400, error.status());
    assertEquals(scimType, error.scimType().orElseThrow());
    assertTrue(error.detail().contains(detail), error.detail());
  }

  @Test
  void refusesAnEmptyOperationsList() {
    ScimException error =
        assertThrows(
            ScimException.class,
            () ->
                PatchEngine.apply(
                    ScimResourceType.USER,
                    user(BASE),
                    PatchRequest.parse(JsonText.json("{'Operations':[]}"))));
    assertEquals(400, error.status());
  }

  /** RFC 7644 §3.5.2: if one operation fails, none is applied. */
  @Test
  void aFailingOperationAbortsTheWholeRequest() {
    JsonObject before = user(BASE);
    JsonObject snapshot = Json.createObjectBuilder(before).build();
    assertThrows(
        ScimException.class,
        () ->
            patchUser(
                before,
                "{'op':'replace','path':'displayName','value':'changed'}",
                "{'op':'replace','path':'id','value':'x'}"));
    assertEquals(snapshot, before);
  }

  /** The writeOnly password never enters the document; the user service receives it. */
  @Test
  void passwordIsHandedBackNotStored() {
    PatchResult result =
        patch(
            ScimResourceType.USER,
            user(BASE),
            Set.of(),
            "{'op':'replace','path':'password','value':'s3cret'}",
            "{'op':'replace','value':{'password':'other','displayName':'x'}}");
    assertEquals(user(BASE.replace("Babs", "x")), result.resource());
    assertEquals(
        List.of(
            new DelegatedOperation(
                PatchOpType.REPLACE, "password", null, null, Json.createValue("s3cret")),
            new DelegatedOperation(
                PatchOpType.REPLACE, "password", null, null, Json.createValue("other"))),
        result.delegated());
  }

  private static JsonObject user(String json) {
    return JsonText.json(json.replace("$ENT", ENT));
  }

  private static String expand(String json) {
    return json.replace("$ENT", ENT);
  }

  private static List<String> ops(String... operations) {
    return Stream.of(operations).map(UserPatchTest::expand).toList();
  }

  private static Arguments row(Object... values) {
    return arguments(values);
  }
}
