package io.scimtool.scim;

/** RFC 7644 §3.1: SCIM messages use {@code application/scim+json}. */
public final class ScimMediaType {
  private ScimMediaType() {}

  public static final String SCIM_JSON = "application/scim+json";
  public static final String SCIM_JSON_UTF8 = SCIM_JSON + ";charset=UTF-8";
}
