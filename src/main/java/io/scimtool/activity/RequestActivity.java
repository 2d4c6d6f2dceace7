package io.scimtool.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Events for how SCIM requests ended when there is no write to describe: failures with their reason
 * (RFC 7644 §3.12 error bodies: {@code scimType} and {@code detail}), rejected credentials, and
 * Entra ID's keepalive probes (flagged, so the feed can hide them).
 */
public final class RequestActivity {
  private static final Pattern RESOURCE =
      Pattern.compile("/scim/v2/(Users|Groups|Bulk|Me|\\.search)(?:/([^/?]+))?(?:/\\.search)?");
  private static final Pattern DETAIL =
      Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){0,1000})\"");
  private static final Pattern OAUTH_ERROR = Pattern.compile("\"error\"\\s*:\\s*\"([a-z_]+)\"");
  private static final Pattern SCIM_TYPE = Pattern.compile("\"scimType\"\\s*:\\s*\"([A-Za-z]+)\"");

  private RequestActivity() {}

  /** The event for a finished request, or null when its writes (if any) describe it. */
  public static ActivityDraft of(
      String method,
      String path,
      int status,
      String responseBody,
      String identifier,
      boolean keepalive) {
    if (keepalive) {
      return system(
          Severity.INFO,
          "keepalive",
          "Entra ID keepalive probe answered (no such user, as expected)",
          true);
    }
    if (status < 400) {
      return null;
    }
    if (path.endsWith("/oauth/token")) {
      // RFC 6749 §5.2 error bodies: {"error": "invalid_client", ...}
      String error = field(OAUTH_ERROR, responseBody);
      return system(
          Severity.WARNING,
          "rejected",
          "Token request refused (" + status + (error == null ? "" : " " + error) + ")",
          false);
    }
    if (status == 401) {
      return system(
          Severity.WARNING,
          "rejected",
          "Rejected " + method + " " + shortPath(path) + ": missing or invalid bearer token",
          false);
    }
    Matcher resource = RESOURCE.matcher(path);
    boolean found = resource.find();
    String collection = found ? resource.group(1) : "";
    boolean oneResource = found && resource.group(2) != null;
    ActivityType type =
        switch (collection) {
          case "Users" -> ActivityType.USER;
          case "Groups" -> ActivityType.GROUP;
          default -> ActivityType.SYSTEM;
        };
    String detail = field(DETAIL, responseBody);
    boolean notFoundRead = status == 404 && "GET".equals(method);
    return failure(
        type,
        notFoundRead ? Severity.WARNING : Severity.ERROR,
        identifier,
        operation(method, collection, oneResource, path, identifier),
        status,
        field(SCIM_TYPE, responseBody),
        detail == null ? null : unescape(detail),
        method + " " + shortPath(path) + " → " + status);
  }

  /**
   * A refused operation: "Create user alice failed (409 uniqueness)", with the error's detail and
   * (optionally) the request line as details.
   */
  public static ActivityDraft failure(
      ActivityType type,
      String operation,
      int status,
      String scimType,
      String detail,
      String requestLine) {
    return failure(type, Severity.ERROR, null, operation, status, scimType, detail, requestLine);
  }

  private static ActivityDraft failure(
      ActivityType type,
      Severity severity,
      String resourceName,
      String operation,
      int status,
      String scimType,
      String detail,
      String requestLine) {
    List<String> details = new ArrayList<>();
    if (detail != null) {
      details.add(Sentences.shorten(detail, 500));
    }
    if (requestLine != null) {
      details.add(requestLine);
    }
    return new ActivityDraft(
        type,
        severity,
        "failed",
        null,
        resourceName,
        operation + " failed (" + status + (scimType == null ? "" : " " + scimType) + ")",
        details,
        List.of(),
        false);
  }

  private static ActivityDraft system(
      Severity severity, String action, String message, boolean keepalive) {
    return new ActivityDraft(
        ActivityType.SYSTEM,
        severity,
        action,
        null,
        null,
        message,
        List.of(),
        List.of(),
        keepalive);
  }

  /** "Create user alice", "Update group Finance", "Query of users", "Bulk request". */
  private static String operation(
      String method, String collection, boolean oneResource, String path, String identifier) {
    if ("Bulk".equals(collection)) {
      return "Bulk request";
    }
    String singular =
        switch (collection) {
          case "Users" -> "user";
          case "Groups" -> "group";
          default -> null;
        };
    if (singular == null) {
      return method + " " + shortPath(path);
    }
    String plural = singular + "s";
    if (path.endsWith(".search")) {
      return "Search of " + plural;
    }
    String subject =
        singular + (identifier == null ? "" : " " + Sentences.shorten(identifier, 120));
    return switch (method) {
      case "POST" -> "Create " + subject;
      case "PUT" -> "Replace " + subject;
      case "PATCH" -> "Update " + subject;
      case "DELETE" -> "Delete " + subject;
      case "GET" -> oneResource ? "Lookup of " + subject : "Query of " + plural;
      default -> method + " " + shortPath(path);
    };
  }

  private static String field(Pattern pattern, String body) {
    if (body == null) {
      return null;
    }
    Matcher matcher = pattern.matcher(body);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static String unescape(String json) {
    return json.replace("\\\"", "\"").replace("\\\\", "\\").replace("\\n", " ");
  }

  private static String shortPath(String path) {
    int scim = path.indexOf("/scim/v2");
    return Sentences.shorten(scim >= 0 ? path.substring(scim) : path, 200);
  }
}
