package io.scimtool.scim.patch;

import io.scimtool.scim.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/**
 * Where a top-level attribute lives in the stored document: at the top level, or inside the object
 * its extension keeps under the extension's URN. A whole extension is the slot named by its URN.
 */
record AttributeSlot(String extensionUrn, String name) {

  /** The current value, or null when absent. */
  JsonValue read(JsonObject document) {
    JsonObject container = container(document);
    return container == null ? null : container.get(name);
  }

  /** The document with the value set, or removed when {@code value} is null. */
  JsonObject write(JsonObject document, JsonValue value) {
    if (extensionUrn == null) {
      return with(document, name, value);
    }
    JsonObject container = container(document);
    JsonObject updated =
        with(container == null ? JsonValue.EMPTY_JSON_OBJECT : container, name, value);
    return with(document, extensionUrn, updated.isEmpty() ? null : updated);
  }

  private JsonObject container(JsonObject document) {
    if (extensionUrn == null) {
      return document;
    }
    JsonValue container = document.get(extensionUrn);
    return container instanceof JsonObject object ? object : null;
  }

  static JsonObject with(JsonObject object, String key, JsonValue value) {
    JsonObjectBuilder builder = Jsons.createObjectBuilder(object);
    if (value == null) {
      builder.remove(key);
    } else {
      builder.add(key, value);
    }
    return builder.build();
  }
}
