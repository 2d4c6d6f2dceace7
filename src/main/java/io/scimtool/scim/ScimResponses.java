package io.scimtool.scim;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Builds responses that always carry {@code application/scim+json}. */
public final class ScimResponses {
  private ScimResponses() {}

  public static Response ok(JsonObject body) {
    return Response.ok(ScimJson.write(body), ScimMediaType.SCIM_JSON_UTF8).build();
  }

  public static Response ok(JsonObject body, String version) {
    return ok(ScimJson.write(body), version);
  }

  /** {@code body} is JSON text. */
  public static Response ok(String body) {
    return Response.ok(body, ScimMediaType.SCIM_JSON_UTF8).build();
  }

  /** {@code body} is JSON text. */
  public static Response ok(String body, String version) {
    return Response.ok(body, ScimMediaType.SCIM_JSON_UTF8).tag(weakTag(version)).build();
  }

  /** RFC 7644 §3.3: 201 with the resource and its URI in {@code Location}. */
  public static Response created(URI location, JsonObject body, String version) {
    return created(location, ScimJson.write(body), version);
  }

  /** {@code body} is JSON text. */
  public static Response created(URI location, String body, String version) {
    return Response.created(location)
        .entity(body)
        .type(ScimMediaType.SCIM_JSON_UTF8)
        .tag(weakTag(version))
        .build();
  }

  /** RFC 7232 §4.1: 304 carries the ETag and no body. */
  public static Response notModified(String version) {
    return Response.notModified(weakTag(version)).build();
  }

  public static Response error(ScimException error) {
    return Response.status(error.status())
        .entity(ScimJson.write(ScimJson.errorBody(error)))
        .type(ScimMediaType.SCIM_JSON_UTF8)
        .build();
  }

  /** Accepts the bare version ("3") or the full weak tag ({@code W/"3"}). */
  private static EntityTag weakTag(String version) {
    String value = version;
    if (value.startsWith("W/\"") && value.endsWith("\"")) {
      value = value.substring(3, value.length() - 1);
    }
    return new EntityTag(value, true);
  }
}
