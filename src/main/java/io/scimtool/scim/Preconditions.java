package io.scimtool.scim;

/** RFC 7644 §3.14 / RFC 7232: If-Match and If-None-Match against a resource's weak ETag. */
public final class Preconditions {
  private Preconditions() {}

  /** Throws 412 when {@code If-Match} is present and names neither "*" nor the current version. */
  public static void checkIfMatch(String ifMatch, String currentEtag) {
    if (ifMatch == null || ifMatch.isBlank()) {
      return;
    }
    if (!anyMatches(ifMatch, currentEtag)) {
      throw ScimErrors.preconditionFailed(
          "The resource changed: its version is " + currentEtag + ", not " + ifMatch.strip());
    }
  }

  /** True when {@code If-None-Match} names the current version (the client's copy is fresh). */
  public static boolean notModified(String ifNoneMatch, String currentEtag) {
    return ifNoneMatch != null && !ifNoneMatch.isBlank() && anyMatches(ifNoneMatch, currentEtag);
  }

  /** Weak comparison (RFC 7232 §2.3.2): opaque tags equal, W/ prefixes ignored. */
  private static boolean anyMatches(String header, String currentEtag) {
    String current = opaque(currentEtag);
    for (String candidate : header.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || opaque(tag).equals(current)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    String value = tag.strip();
    if (value.startsWith("W/") || value.startsWith("w/")) {
      value = value.substring(2);
    }
    return value;
  }
}
