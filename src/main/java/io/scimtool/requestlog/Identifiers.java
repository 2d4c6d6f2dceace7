package io.scimtool.requestlog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a request was about, as one short string: the userName or displayName in its body or in the
 * answer, else the resource id in its path. And whether it is Entra ID's keepalive probe.
 */
final class Identifiers {
  private static final Pattern NAME =
      Pattern.compile("\"(userName|displayName)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.){1,512})\"");
  private static final Pattern ID_IN_PATH = Pattern.compile("/(?:Users|Groups)/([^/?]{1,128})");
  private static final Pattern ID_IN_BODY = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]{1,128})\"");
  private static final String GUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  /**
   * Entra ID's keepalive: {@code GET /Users?filter=userName eq "<random GUID>"} answered with no
   * result. Matched on the decoded query exactly, so a real lookup of a GUID-named user that exists
   * is not hidden.
   */
  private static final Pattern KEEPALIVE_FILTER =
      Pattern.compile("(?i)filter=userName eq \"" + GUID + "\"");

  private static final Pattern NO_RESULTS = Pattern.compile("\"totalResults\"\\s*:\\s*0\\b");

  private Identifiers() {}

  static String derive(String path, String requestBody, String responseBody) {
    for (String body : new String[] {requestBody, responseBody}) {
      int from = body == null ? -1 : firstNameKey(body);
      if (from >= 0) {
        Matcher name = NAME.matcher(body);
        if (name.find(from)) {
          return name.group(2);
        }
      }
    }
    Matcher id = ID_IN_PATH.matcher(path);
    if (id.find() && !id.group(1).startsWith(".")) {
      return id.group(1);
    }
    if (responseBody != null) {
      Matcher bodyId = ID_IN_BODY.matcher(responseBody);
      if (bodyId.find()) {
        return bodyId.group(1);
      }
    }
    return null;
  }

  /**
   * Where the first {@code "userName"} or {@code "displayName"} is, -1 if neither is: no match of
   * {@link #NAME} starts earlier, so the pattern starts there (found with indexOf, which is much
   * cheaper than the pattern's own scan of a whole resource).
   */
  private static int firstNameKey(String body) {
    int userName = body.indexOf("\"userName\"");
    int displayName = body.indexOf("\"displayName\"");
    return userName < 0 || displayName < 0
        ? Math.max(userName, displayName)
        : Math.min(userName, displayName);
  }

  static boolean isKeepalive(
      String method, String path, String decodedQuery, int status, String responseBody) {
    return "GET".equals(method)
        && path.endsWith("/Users")
        && status == 200
        && decodedQuery != null
        && KEEPALIVE_FILTER.matcher(decodedQuery).matches()
        && responseBody != null
        && NO_RESULTS.matcher(responseBody).find();
  }
}
