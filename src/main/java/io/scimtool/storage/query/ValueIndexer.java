package io.scimtool.storage.query;

import io.scimtool.scim.schema.AttributeDefinition;
import io.scimtool.scim.schema.SchemaDefinition;
import io.scimtool.scim.schema.SchemaExtension;
import io.scimtool.scim.schema.ScimResourceType;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Flattens a resource in canonical stored form into indexed value rows, so that filters on any
 * attribute run in the database. Attributes kept in their own columns are skipped.
 */
public final class ValueIndexer {
  private final ScimResourceType type;
  private final Set<String> columnAttributes;

  public ValueIndexer(ScimResourceType type, Set<String> columnAttributes) {
    this.type = type;
    this.columnAttributes = columnAttributes;
  }

  public List<ValueRow> rows(JsonObject resource) {
    List<ValueRow> rows = new ArrayList<>();
    index(type.schema(), "", resource, rows);
    for (SchemaExtension extension : type.extensions()) {
      JsonValue value = resource.get(extension.schema().id());
      if (value instanceof JsonObject object && !object.isEmpty()) {
        String prefix = ValuePaths.prefixOf(extension.schema().id());
        rows.add(new ValueRow(prefix, 0, null, null));
        index(extension.schema(), prefix, object, rows);
      }
    }
    return rows;
  }

  private void index(
      SchemaDefinition schema, String prefix, JsonObject object, List<ValueRow> rows) {
    for (AttributeDefinition attribute : schema.attributes()) {
      if (prefix.isEmpty() && columnAttributes.contains(attribute.name())) {
        continue;
      }
      JsonValue value = object.get(attribute.name());
      if (value == null) {
        continue;
      }
      String path = prefix + attribute.name().toLowerCase(Locale.ROOT);
      if (attribute.multiValued() && value instanceof JsonArray array) {
        for (int item = 0; item < array.size(); item++) {
          indexValue(attribute, path, item, array.get(item), rows);
        }
      } else {
        indexValue(attribute, path, 0, value, rows);
      }
    }
  }

  private static void indexValue(
      AttributeDefinition attribute, String path, int item, JsonValue value, List<ValueRow> rows) {
    if (attribute.isComplex()) {
      if (!(value instanceof JsonObject element)) {
        return;
      }
      rows.add(new ValueRow(path, item, null, null));
      for (AttributeDefinition sub : attribute.subAttributes()) {
        String text = text(element.get(sub.name()));
        if (text != null) {
          rows.add(row(ValuePaths.join(path, sub.name()), item, text));
        }
      }
    } else {
      String text = text(value);
      if (text != null) {
        rows.add(row(path, item, text));
      }
    }
  }

  private static ValueRow row(String path, int item, String text) {
    return new ValueRow(path, item, text, text.toLowerCase(Locale.ROOT));
  }

  static String text(JsonValue value) {
    if (value == null) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString().isEmpty() ? null : string.getString();
    }
    if (value instanceof JsonNumber number) {
      return number.bigDecimalValue().toPlainString();
    }
    if (value == JsonValue.TRUE) {
      return "true";
    }
    if (value == JsonValue.FALSE) {
      return "false";
    }
    return null;
  }
}
