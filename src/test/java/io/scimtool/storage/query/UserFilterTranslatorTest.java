package io.scimtool.storage.query;

import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.scimtool.scim.ScimException;
import io.scimtool.scim.ScimSchemas;
import io.scimtool.scim.ScimType;
import io.scimtool.scim.filter.FilterParser;
import io.scimtool.scim.schema.ScimResourceType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Filters translated to SQL and run on a real SQLite database with a small fixed population. */
class UserFilterTranslatorTest {
  @TempDir static Path dir;
  private static SqliteFixture db;

  @BeforeAll
  static void seed() {
    db = new SqliteFixture(dir);
    insert(
        "alice",
        user("Alice@Example.com")
            .name("Alice", "O'Malley")
            .workEmail("alice@example.com")
            .with("displayName", "Alice Smith")
            .with("externalId", "EXT-1")
            .with("title", "Engineer")
            .with("userType", "Employee")
            .with(
                ScimSchemas.ENTERPRISE_USER,
                Json.createObjectBuilder()
                    .add("department", "Finance")
                    .add("manager", Json.createObjectBuilder().add("value", "bob"))
                    .build())
            .build(),
        true,
        "2026-01-01T00:00:00.000Z");
    insert(
        "bob",
        user("bob@example.org")
            .name("Bob", "Jones")
            .with(
                "emails",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder().add("value", "bob@home.org").add("type", "home"))
                    .add(
                        Json.createObjectBuilder()
                            .add("value", "bob@example.com")
                            .add("type", "work")
                            .add("primary", true))
                    .build())
            .with("userType", "Intern")
            .build(),
        false,
        "2026-02-01T00:00:00.000Z");
    insert(
        "carol",
        user("carol").with("displayName", "Carol 100%_done").build(),
        true,
        "2026-03-01T00:00:00.000Z");
    db.update(
        "INSERT INTO scim_group (id, display_name, display_name_ci, resource_json, version, created, last_modified)"
            + " VALUES ('g1', 'Finance', 'finance', '{}', 1, 'c', 'm')");
    db.update(
        "INSERT INTO scim_group_member (group_id, member_id, member_type, added) VALUES ('g1', 'alice', 'User', 'x')");
  }

  private static void insert(String id, JsonObject resource, boolean active, String created) {
    String userName = resource.getString("userName");
    String displayName =
        resource.containsKey("displayName") ? resource.getString("displayName") : null;
    db.update(
        "INSERT INTO scim_user (id, user_name, user_name_ci, external_id, display_name, display_name_ci,"
            + " active, resource_json, version, created, last_modified) VALUES (?,?,?,?,?,?,?,?,1,?,?)",
        id,
        userName,
        userName.toLowerCase(Locale.ROOT),
        resource.containsKey("externalId") ? resource.getString("externalId") : null,
        displayName,
        displayName == null ? null : displayName.toLowerCase(Locale.ROOT),
        active,
        resource.toString(),
        created,
        created);
    for (ValueRow row :
        new ValueIndexer(ScimResourceType.USER, UserFilterTranslator.COLUMN_ATTRIBUTES)
            .rows(resource)) {
      db.update(
          "INSERT INTO scim_user_value (user_id, path, item, value_text, value_ci) VALUES (?,?,?,?,?)",
          id,
          row.path(),
          row.item(),
          row.valueText(),
          row.valueCi());
    }
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "userName eq \"alice@example.com\"                         | alice",
        "USERNAME Eq \"ALICE@EXAMPLE.COM\"                         | alice",
        "userName sw \"bo\"                                        | bob",
        "userName ew \".org\"                                      | bob",
        "userName co \"EXAMPLE\"                                   | alice bob",
        "userName ne \"carol\"                                     | alice bob",
        "userName gt \"b\"                                         | bob carol",
        "id eq \"alice\"                                           | alice",
        "id eq \"ALICE\"                                           | ''",
        "externalId eq \"EXT-1\"                                   | alice",
        "externalId eq \"ext-1\"                                   | ''",
        "externalId pr                                             | alice",
        "displayName co \"100%_\"                                  | carol",
        "displayName co \"%\"                                      | carol",
        "active eq true                                            | alice carol",
        "active eq \"False\"                                       | bob",
        "active ne true                                            | bob",
        "name.familyName co \"O'Malley\"                           | alice",
        "name.givenName eq \"bob\"                                 | bob",
        "name pr                                                   | alice bob",
        "title pr                                                  | alice",
        "title eq null                                             | bob carol",
        "title ne \"Engineer\"                                     | bob carol",
        "emails co \"example.com\"                                 | alice bob",
        "emails.value co \"example.com\"                           | alice bob",
        "emails.type eq \"work\"                                   | alice bob",
        "emails[type eq \"work\" and value co \"@example.com\"]    | alice bob",
        "emails[type eq \"home\" and value co \"@example.com\"]    | ''",
        "emails[type eq \"home\" or primary eq true]               | alice bob",
        "emails[type eq \"home\" and primary eq true]              | ''",
        "emails[type eq \"work\" and primary eq true]              | alice bob",
        "emails[not (type eq \"home\")]                            | alice bob",
        "emails[type ne \"work\"]                                  | bob",
        "userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\") | alice",
        "userType ne \"Employee\" and not (emails co \"example.com\" or emails.value co \"example.org\") | carol",
        "title pr or userType eq \"Intern\"                        | alice bob",
        "meta.created gt \"2026-01-15T00:00:00Z\"                  | bob carol",
        "meta.created le \"2026-02-01T00:00:00Z\"                  | alice bob",
        "meta.lastModified lt \"2026-02-01T03:00:00+02:00\"        | alice bob",
        "meta.lastModified lt \"2026-02-01T01:00:00+02:00\"        | alice",
        "meta.resourceType eq \"User\"                             | alice bob carol",
        "urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"A\" | alice",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department eq \"finance\" | alice",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value eq \"bob\" | alice",
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User pr | alice",
        "schemas eq \"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User\" | alice",
        "schemas eq \"urn:ietf:params:scim:schemas:core:2.0:User\" | alice bob carol",
        "groups.value eq \"g1\"                                    | alice",
        "groups eq \"g1\"                                          | alice",
        "groups.display eq \"FINANCE\"                             | alice",
        "groups[value eq \"g1\"]                                   | alice",
        "groups pr                                                 | alice",
        "not (groups pr)                                           | bob carol",
      })
  void findsTheMatchingUsers(String filter, String expected) {
    SqlFragment where =
        new UserFilterTranslator(SqlDialect.SQLITE)
            .translate(FilterParser.parseFilter(filter.strip()));
    Set<String> found =
        db.ids("SELECT u.id FROM scim_user u WHERE " + where.text(), where.parameters());
    Set<String> wanted =
        expected.isBlank() ? Set.of() : new TreeSet<>(Arrays.asList(expected.strip().split(" ")));
    assertEquals(wanted, found, where.toString());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "nosuch eq \"x\"",
        "name eq \"x\"",
        "active gt true",
        "active eq \"maybe\"",
        "meta.created eq \"yesterday\"",
        "meta.created co \"2026\"",
        "meta.version eq \"W/1\"",
        "userName eq true",
        "emails[nosuch eq \"x\"]",
        "name[givenName eq \"x\"]",
        "schemas gt \"x\"",
        "emails[type eq \"work\"] and urn:ietf:params:scim:schemas:extension:enterprise:2.0:User eq \"x\"",
      })
  void rejectsWithInvalidFilter(String filter) {
    ScimException error =
        assertThrows(
            ScimException.class,
            () ->
                new UserFilterTranslator(SqlDialect.SQLITE)
                    .translate(FilterParser.parseFilter(filter)));
    assertEquals(ScimType.INVALID_FILTER, error.scimType().orElseThrow());
  }
}
