package io.scimtool.testdata;

import io.scimtool.scim.ScimJson;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;

/**
 * JSON written with single quotes, so test tables stay readable: {@code json("{'a':'b'}")}. A
 * double quote inside a JSON string (as in a filter) is written as a backtick: {@code 'emails[type
 * eq `work`].value'} stands for {@code "emails[type eq \"work\"].value"}.
 */
public final class JsonText {
  private JsonText() {}

  public static JsonObject json(String singleQuoted) {
    return ScimJson.parseObject(doubleQuoted(singleQuoted));
  }

  public static JsonArray array(String singleQuoted) {
    try (var reader = Json.createReader(new StringReader(doubleQuoted(singleQuoted)))) {
      return reader.readArray();
    }
  }

  private static String doubleQuoted(String singleQuoted) {
    return singleQuoted.replace('\'', '"').replace("`", "\\\"");
  }
}
