package io.scimtool.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScimJsonTest {

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "{", "{\"a\":}", "nope", "[1,2]", "\"text\"", "42", "{} {}"})
  void rejectsAnythingButOneJsonObjectAsInvalidSyntax(String body) {
    ScimException error = assertThrows(ScimException.class, () -> ScimJson.parseObject(body));
    assertEquals(400, error.status());
    assertEquals(ScimType.INVALID_SYNTAX, error.scimType().orElseThrow());
  }

  @org.junit.jupiter.api.Test
  void parsesAnObject() {
    assertEquals("a", ScimJson.parseObject("{\"userName\":\"a\"}").getString("userName"));
  }

  @org.junit.jupiter.api.Test
  void errorBodyFollowsRfc7644Section312() {
    JsonObject body = ScimJson.errorBody(ScimErrors.uniqueness("taken"));
    assertEquals(ScimSchemas.ERROR, body.getJsonArray("schemas").getString(0));
    assertEquals("409", body.getString("status"), "status is a string");
    assertEquals("uniqueness", body.getString("scimType"));
    assertEquals("taken", body.getString("detail"));
  }

  @org.junit.jupiter.api.Test
  void errorBodyOmitsScimTypeWhenThereIsNone() {
    JsonObject body = ScimJson.errorBody(ScimErrors.notFound("User", "x"));
    assertFalse(body.containsKey("scimType"));
    assertEquals("404", body.getString("status"));
  }
}
