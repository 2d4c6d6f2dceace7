package io.scimtool.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.StringReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strings written by hand must read back as the same JSON string (RFC 8259 §7). */
class JsonOutTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "alice@example.com",
        "https://example.com/scim/v2/Users/2819c223",
        "say \"hi\"",
        "back\\slash",
        "\"",
        "tab\there",
        "line\nbreak\r\n",
        "\u0000\u0001\u001f",
        "bell\b form\f",
        "plain then \" quote",
        "Zoë 日本 😀",
      })
  void writesStringsThatParseBackUnchanged(String value) {
    String json = "[" + JsonOut.string(new StringBuilder(), value) + "]";
    String parsed =
        Json.createReader(new StringReader(json)).readArray().getJsonString(0).getString();
    assertEquals(value, parsed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "x\"y", "\u0007"})
  void escapesOnlyWhatJsonRequires(String value) {
    JsonString expected = Json.createValue(value);
    assertEquals(expected.toString(), JsonOut.string(new StringBuilder(), value).toString());
  }
}
