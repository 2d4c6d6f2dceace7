package io.scimtool.scim.resource;

import io.scimtool.scim.SearchRequest;
import io.scimtool.scim.projection.AttributeProjection;
import jakarta.json.JsonObject;

/**
 * The operations of RFC 7644 §3 on one resource type. {@code projection} tells the service which
 * attributes the response needs, so it can skip loading the others (a group's members).
 */
public interface ResourceService<V extends ResourceView> {
  V create(JsonObject body, AttributeProjection projection);

  V get(String id, AttributeProjection projection);

  V replace(String id, JsonObject body, String ifMatch, AttributeProjection projection);

  V patch(String id, JsonObject body, String ifMatch, AttributeProjection projection);

  void delete(String id, String ifMatch);

  ResourcePage<V> search(SearchRequest request, AttributeProjection projection);
}
