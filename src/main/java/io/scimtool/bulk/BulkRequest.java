package io.scimtool.bulk;

import io.scimtool.scim.ScimAttributes;
import io.scimtool.scim.ScimErrors;
import io.scimtool.scim.ScimException;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A parsed RFC 7644 §3.7 BulkRequest. */
record BulkRequest(int failOnErrors, List<Operation> operations) {
  static final String SCHEMA = "urn:ietf:params:scim:api:messages:2.0:BulkRequest";

  record Operation(String method, String bulkId, String path, String version, JsonValue data) {}

  static BulkRequest parse(JsonObject body, int maxOperations) {
    JsonValue operations = ScimAttributes.get(body, "Operations").orElse(null);
    if (!(operations instanceof JsonArray array)) {
      throw ScimErrors.invalidSyntax("A BulkRequest needs an 'Operations' array");
    }
    // RFC 7644 §3.7.4: more operations than advertised is 413.
    if (array.size() > maxOperations) {
      throw tooMany(array.size(), maxOperations);
    }
    int failOnErrors = 0;
    JsonValue fail = ScimAttributes.get(body, "failOnErrors").orElse(null);
    if (fail instanceof JsonNumber number && number.isIntegral() && number.intValue() > 0) {
      failOnErrors = number.intValue();
    } else if (fail != null && fail.getValueType() != JsonValue.ValueType.NULL) {
      throw ScimErrors.invalidValue("failOnErrors must be a positive integer");
    }
    List<Operation> parsed = new ArrayList<>();
    for (JsonValue value : array) {
      if (!(value instanceof JsonObject operation)) {
        throw ScimErrors.invalidSyntax("Each bulk operation must be an object");
      }
      parsed.add(
          new Operation(
              text(operation, "method").map(m -> m.toUpperCase(Locale.ROOT)).orElse(null),
              text(operation, "bulkId").orElse(null),
              text(operation, "path").orElse(null),
              text(operation, "version").orElse(null),
              ScimAttributes.get(operation, "data").orElse(null)));
    }
    return new BulkRequest(failOnErrors, parsed);
  }

  private static ScimException tooMany(int operations, int max) {
    return ScimErrors.tooManyOperations(
        "The request has " + operations + " operations; at most " + max + " are allowed");
  }

  private static java.util.Optional<String> text(JsonObject object, String name) {
    return ScimAttributes.get(object, name)
        .filter(v -> v instanceof JsonString)
        .map(v -> ((JsonString) v).getString());
  }
}
