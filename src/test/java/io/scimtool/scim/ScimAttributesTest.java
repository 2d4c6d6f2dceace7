package io.scimtool.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScimAttributesTest {

  @Test
  void namesAreCaseInsensitive() {
    var json = ScimJson.parseObject("{\"USERNAME\":\"bob\"}");
    assertEquals("bob", ScimAttributes.string(json, "userName").orElseThrow());
  }

  @Test
  void nullReadsAsAbsent() {
    var json = ScimJson.parseObject("{\"displayName\":null}");
    assertTrue(ScimAttributes.string(json, "displayName").isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "true,true",
    "false,false",
    "'\"True\"',true",
    "'\"FALSE\"',false",
    "'\" true \"',true"
  })
  void booleansAcceptEntraStringForms(String literal, boolean expected) {
    var json = ScimJson.parseObject("{\"active\":" + literal + "}");
    assertEquals(expected, ScimAttributes.bool(json, "active").orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({"1", "'\"yes\"'", "'{}'", "'[]'"})
  void otherBooleanFormsAreInvalidValue(String literal) {
    var json = ScimJson.parseObject("{\"active\":" + literal + "}");
    ScimException error =
        assertThrows(ScimException.class, () -> ScimAttributes.bool(json, "active"));
    assertEquals(ScimType.INVALID_VALUE, error.scimType().orElseThrow());
  }

  @Test
  void nonStringForAStringAttributeIsInvalidValue() {
    var json = ScimJson.parseObject("{\"userName\":42}");
    ScimException error =
        assertThrows(ScimException.class, () -> ScimAttributes.string(json, "userName"));
    assertEquals(400, error.status());
    assertEquals(ScimType.INVALID_VALUE, error.scimType().orElseThrow());
  }
}
