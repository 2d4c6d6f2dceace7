package io.scimtool.scim;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;

/** The RFC 7644 §3.4.2 ListResponse message. */
public final class ListResponses {
  private ListResponses() {}

  /**
   * A page of results. {@code Resources} is written even when empty: §3.4.2 makes it REQUIRED when
   * totalResults is non-zero, and clients handle an empty array better than a missing key.
   */
  public static JsonObject of(List<JsonObject> resources, long totalResults, int startIndex) {
    JsonArrayBuilder items = Jsons.createArrayBuilder();
    resources.forEach(items::add);
    return Jsons.createObjectBuilder()
        .add("schemas", Jsons.createArrayBuilder().add(ScimSchemas.LIST_RESPONSE))
        .add("totalResults", totalResults)
        .add("itemsPerPage", resources.size())
        .add("startIndex", startIndex)
        .add("Resources", items)
        .build();
  }

  /** The same message around resources that are already JSON text. */
  public static String text(List<String> resources, long totalResults, int startIndex) {
    StringBuilder out =
        new StringBuilder(
            160 + resources.stream().mapToInt(String::length).sum() + resources.size());
    out.append("{\"schemas\":[\"").append(ScimSchemas.LIST_RESPONSE).append("\"]");
    out.append(",\"totalResults\":").append(totalResults);
    out.append(",\"itemsPerPage\":").append(resources.size());
    out.append(",\"startIndex\":").append(startIndex);
    out.append(",\"Resources\":[").append(String.join(",", resources));
    return out.append("]}").toString();
  }
}
