package io.scimtool.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.scimtool.scim.Jsons;
import io.scimtool.scim.ScimSchemas;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class UserActivityTest {
  private static final Function<String, String> NAMES = Map.of("bob-id", "Bob Jones")::get;

  private static JsonObject json(String text) {
    return Jsons.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  private static final String ENTERPRISE = ScimSchemas.ENTERPRISE_USER;

  @Test
  void createdNamesTheUserAndListsWhatItWasCreatedWith() {
    ActivityDraft draft =
        UserActivity.created(
            "u1",
            json(
                "{'userName':'alice@x.com','name':{'givenName':'Alice','familyName':'Smith'},"
                    + "'emails':[{'value':'a@x.com','primary':true}],'active':true,"
                    + "'"
                    + ENTERPRISE
                    + "':{'department':'Finance','manager':{'value':'bob-id'}}}"),
            NAMES);
    assertEquals("User Alice Smith created", draft.message());
    assertEquals(ActivityType.USER, draft.type());
    assertEquals(Severity.SUCCESS, draft.severity());
    assertEquals("Alice Smith", draft.resourceName());
    assertEquals(
        List.of(
            "User name → alice@x.com",
            "Name → Alice Smith",
            "Email → a@x.com",
            "Department → Finance",
            "Manager → Bob Jones"),
        draft.details());
  }

  @Test
  void updatesListOnlyWhatChanged() {
    JsonObject before =
        json(
            "{'userName':'alice','displayName':'Alice','emails':[{'value':'old@x.com'}],"
                + "'title':'Clerk','"
                + ENTERPRISE
                + "':{'department':'Sales'}}");
    JsonObject after =
        json(
            "{'userName':'alice','displayName':'Alice','emails':[{'value':'a@b.com'}],"
                + "'"
                + ENTERPRISE
                + "':{'department':'Finance','manager':{'value':'bob-id'}}}");
    ActivityDraft draft = UserActivity.updated("u1", before, after, NAMES);
    assertEquals("User Alice updated", draft.message());
    assertEquals(
        List.of("Title cleared", "Email → a@b.com", "Department → Finance", "Manager → Bob Jones"),
        draft.details());
  }

  @Test
  void managerGivenWithADisplayNameIsShownByIt_andAnUnknownOneById() {
    JsonObject before = json("{'userName':'a'}");
    JsonObject named =
        json("{'userName':'a','" + ENTERPRISE + "':{'manager':{'value':'m1','displayName':'Mo'}}}");
    JsonObject unknown = json("{'userName':'a','" + ENTERPRISE + "':{'manager':{'value':'m2'}}}");
    assertEquals(
        List.of("Manager → Mo"), UserActivity.updated("u", before, named, NAMES).details());
    assertEquals(
        List.of("Manager → m2"), UserActivity.updated("u", before, unknown, NAMES).details());
    assertEquals(
        List.of("Manager cleared"), UserActivity.updated("u", named, before, NAMES).details());
  }

  @Test
  void deactivationAndReactivationAreTheirOwnEvents() {
    JsonObject active = json("{'userName':'carol','active':true}");
    JsonObject inactive = json("{'userName':'carol','active':false}");
    ActivityDraft off = UserActivity.updated("u", active, inactive, NAMES);
    assertEquals("deactivated", off.action());
    assertEquals(Severity.WARNING, off.severity());
    assertEquals("User carol deactivated", off.message());
    ActivityDraft on = UserActivity.updated("u", inactive, active, NAMES);
    assertEquals("reactivated", on.action());
    assertEquals("User carol reactivated", on.message());
  }

  @Test
  void aRenameIsToldUnderTheOldName() {
    ActivityDraft draft =
        UserActivity.updated(
            "u",
            json("{'userName':'a','displayName':'Al'}"),
            json("{'userName':'a','displayName':'Alan'}"),
            NAMES);
    assertEquals("User Al updated", draft.message());
    assertEquals("Alan", draft.resourceName());
    assertEquals(List.of("Display name → Alan"), draft.details());
  }

  @Test
  void nothingVisibleChangedMeansNoEvent() {
    JsonObject same = json("{'userName':'a','emails':[{'value':'x@y'}]}");
    assertNull(UserActivity.updated("u", same, same, NAMES));
  }

  @Test
  void otherAttributesAreMentionedWithoutValues() {
    ActivityDraft draft =
        UserActivity.updated(
            "u",
            json("{'userName':'a','roles':[{'value':'r1'}]}"),
            json("{'userName':'a','roles':[{'value':'r2'}],'x509Certificates':[{'value':'AA=='}]}"),
            NAMES);
    assertEquals(List.of("Roles changed", "X509 certificates changed"), draft.details());
  }

  @Test
  void deletedKeepsTheNameItHadThen() {
    ActivityDraft draft = UserActivity.deleted("u", json("{'userName':'dave@x.com'}"));
    assertEquals("User dave@x.com deleted", draft.message());
    assertEquals("deleted", draft.action());
  }

  @Test
  void labelsAreReadable() {
    assertEquals("Preferred language", UserActivity.label("preferredLanguage"));
    assertEquals("Ims", UserActivity.label("ims"));
  }
}
