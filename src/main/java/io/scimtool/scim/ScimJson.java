package io.scimtool.scim;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.NoSuchElementException;

/** Parsing and writing of SCIM JSON bodies, with parse failures as SCIM errors. */
public final class ScimJson {
  private ScimJson() {}

  /** RFC 7644 §3.12: a body that is not valid JSON is {@code invalidSyntax}. */
  public static JsonObject parseObject(String body) {
    if (body == null || body.isBlank()) {
      throw ScimErrors.invalidSyntax("The request body is empty; a JSON object is required");
    }
    try (JsonParser parser = Jsons.createParser(new StringReader(body))) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
        throw ScimErrors.invalidSyntax("The request body must be a JSON object");
      }
      JsonObject object = parser.getObject();
      if (parser.hasNext()) {
        throw ScimErrors.invalidSyntax("The request body has content after the JSON object");
      }
      return object;
    } catch (JsonException | IllegalStateException | NoSuchElementException e) {
      throw ScimErrors.invalidSyntax("The request body is not valid JSON");
    }
  }

  public static String write(JsonStructure json) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = Jsons.createWriter(out)) {
      writer.write(json);
    }
    return out.toString();
  }

  /** The RFC 7644 §3.12 error body; {@code status} is a string there. */
  public static JsonObject errorBody(ScimException error) {
    var body =
        Jsons.createObjectBuilder()
            .add("schemas", Jsons.createArrayBuilder().add(ScimSchemas.ERROR))
            .add("status", Integer.toString(error.status()));
    error.scimType().ifPresent(type -> body.add("scimType", type.wireName()));
    if (error.detail() != null) {
      body.add("detail", error.detail());
    }
    return body.build();
  }
}
