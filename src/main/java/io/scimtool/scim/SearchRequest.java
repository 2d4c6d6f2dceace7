package io.scimtool.scim;

import io.scimtool.scim.filter.AttrPath;
import io.scimtool.scim.filter.Filter;
import io.scimtool.scim.filter.FilterParser;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A list/query request (RFC 7644 §3.4.2) from query parameters or a {@code .search} body (§3.4.3),
 * with paging clamped the way §3.4.2.4 prescribes.
 */
public record SearchRequest(
    Filter filter,
    AttrPath sortBy,
    boolean descending,
    int startIndex,
    int count,
    String attributes,
    String excludedAttributes) {

  public Optional<Filter> filterOptional() {
    return Optional.ofNullable(filter);
  }

  public Optional<AttrPath> sortByOptional() {
    return Optional.ofNullable(sortBy);
  }

  /** The 0-based row offset of the page. */
  public long offset() {
    return startIndex - 1L;
  }

  public static SearchRequest fromQuery(
      String filter,
      String sortBy,
      String sortOrder,
      String startIndex,
      String count,
      String attributes,
      String excludedAttributes,
      int maxResults) {
    return new SearchRequest(
        blank(filter) ? null : FilterParser.parseFilter(filter),
        blank(sortBy) ? null : sortBy(sortBy),
        descending(sortOrder),
        startIndex(blank(startIndex) ? null : integer("startIndex", startIndex)),
        count(blank(count) ? null : integer("count", count), maxResults),
        attributes,
        excludedAttributes);
  }

  /** RFC 7644 §3.4.3: the same parameters as members of a SearchRequest message. */
  public static SearchRequest fromBody(JsonObject body, int maxResults) {
    return fromQuery(
        text(body, "filter"),
        text(body, "sortBy"),
        text(body, "sortOrder"),
        text(body, "startIndex"),
        text(body, "count"),
        list(body, "attributes"),
        list(body, "excludedAttributes"),
        maxResults);
  }

  /** §3.4.2.4: startIndex less than 1 is interpreted as 1. */
  private static int startIndex(Long requested) {
    if (requested == null || requested < 1) {
      return 1;
    }
    return (int) Math.min(requested, Integer.MAX_VALUE);
  }

  /** §3.4.2.4: a negative count is 0; the server may return fewer than asked (maxResults). */
  private static int count(Long requested, int maxResults) {
    if (requested == null) {
      return maxResults;
    }
    return (int) Math.max(0, Math.min(requested, maxResults));
  }

  private static boolean descending(String sortOrder) {
    if (blank(sortOrder)) {
      return false;
    }
    return switch (sortOrder.strip().toLowerCase(Locale.ROOT)) {
      case "ascending" -> false;
      case "descending" -> true;
      default -> throw ScimErrors.invalidValue("sortOrder must be 'ascending' or 'descending'");
    };
  }

  private static AttrPath sortBy(String sortBy) {
    try {
      return FilterParser.parseAttrPath(sortBy);
    } catch (ScimException e) {
      throw ScimErrors.invalidValue("sortBy: " + e.detail());
    }
  }

  private static long integer(String name, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw ScimErrors.invalidValue(name + " must be an integer, not '" + value + "'");
    }
  }

  private static String text(JsonObject body, String name) {
    Optional<JsonValue> value = ScimAttributes.get(body, name);
    if (value.isEmpty() || value.get().getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.get() instanceof JsonString string) {
      return string.getString();
    }
    if (value.get() instanceof JsonNumber number) {
      return number.toString();
    }
    throw ScimErrors.invalidValue("'" + name + "' has the wrong type");
  }

  private static String list(JsonObject body, String name) {
    Optional<JsonValue> value = ScimAttributes.get(body, name);
    if (value.isEmpty() || value.get().getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.get() instanceof JsonString string) {
      return string.getString();
    }
    if (value.get() instanceof JsonArray array) {
      try {
        return array.getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .collect(Collectors.joining(","));
      } catch (ClassCastException e) {
        throw ScimErrors.invalidValue("'" + name + "' must be an array of strings");
      }
    }
    throw ScimErrors.invalidValue("'" + name + "' must be an array of strings");
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
