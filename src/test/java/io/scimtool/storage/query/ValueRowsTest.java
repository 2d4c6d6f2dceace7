package io.scimtool.storage.query;

import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimtool.scim.ScimSchemas;
import io.scimtool.scim.schema.ResourceNormalizer;
import io.scimtool.scim.schema.ScimResourceType;
import io.scimtool.storage.SqlRunner;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The statements that move a user's value index from one document to the next, on SQLite. */
class ValueRowsTest {
  private static final ValueIndexer INDEXER =
      new ValueIndexer(ScimResourceType.USER, UserFilterTranslator.COLUMN_ATTRIBUTES);

  @TempDir Path dir;

  @ParameterizedTest
  @MethodSource("edits")
  void changesLeaveExactlyTheRowsOfTheNewDocument(
      JsonObject before, JsonObject after, int rowsTouched) throws SQLException {
    SqliteFixture db = new SqliteFixture(dir);
    db.update(
        "INSERT INTO scim_user (id, user_name, user_name_ci, resource_json, version, created,"
            + " last_modified) VALUES ('u1', 'a', 'a', '{}', 0, 'x', 'x')");
    List<ValueRow> old = INDEXER.rows(normalized(before));
    List<ValueRow> now = INDEXER.rows(normalized(after));
    run(db, ValueRows.inserts("u1", old));

    List<SqlFragment> changes = ValueRows.changes("u1", old, now);
    int touched = run(db, changes);

    assertEquals(new HashSet<>(now), stored(db));
    assertEquals(rowsTouched, touched);
  }

  static Stream<Arguments> edits() {
    JsonObject base =
        user("alice")
            .name("Alice", "Smith")
            .workEmail("alice@x")
            .with("title", "Engineer")
            .with(
                ScimSchemas.ENTERPRISE_USER,
                Json.createObjectBuilder()
                    .add("department", "Sales")
                    .add("costCenter", "7")
                    .build())
            .build();
    return Stream.of(
        // Entra's PATCH of title and department: two rows out, two in
        Arguments.of(
            base,
            edit(base)
                .add("title", "Lead")
                .add(
                    ScimSchemas.ENTERPRISE_USER,
                    Json.createObjectBuilder().add("department", "Finance").add("costCenter", "7"))
                .build(),
            4),
        Arguments.of(base, base, 0),
        Arguments.of(base, edit(base).remove("title").build(), 1),
        Arguments.of(
            base,
            edit(base)
                .add(
                    "emails",
                    Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("value", "new@x").add("type", "home"))
                        .add(
                            Json.createObjectBuilder().add("value", "alice@x").add("type", "work")))
                .build(),
            // element 0 changes value and type (and loses primary), element 1 is new
            2 + 1 + 2 + 3),
        Arguments.of(user("bob").build(), base, INDEXER.rows(normalized(base)).size()));
  }

  private static jakarta.json.JsonObjectBuilder edit(JsonObject document) {
    return Json.createObjectBuilder(document);
  }

  private static JsonObject normalized(JsonObject body) {
    return ResourceNormalizer.normalize(ScimResourceType.USER, body);
  }

  private static int run(SqliteFixture db, List<SqlFragment> statements) throws SQLException {
    int rows = 0;
    try (Connection c = db.dataSource.getConnection()) {
      for (SqlFragment statement : statements) {
        try (PreparedStatement prepared = SqlRunner.prepare(c, statement)) {
          rows += prepared.executeUpdate();
        }
      }
    }
    return rows;
  }

  private static Set<ValueRow> stored(SqliteFixture db) throws SQLException {
    try (Connection c = db.dataSource.getConnection()) {
      return new HashSet<>(
          SqlRunner.list(
              c,
              new SqlFragment()
                  .sql(
                      "SELECT path, item, value_text, value_ci FROM scim_user_value WHERE user_id = ")
                  .param("u1"),
              r -> new ValueRow(r.getString(1), r.getInt(2), r.getString(3), r.getString(4))));
    }
  }
}
