package io.scimtool.scim;

/** The {@code scimType} error vocabulary of RFC 7644 §3.12, Table 9; written here once. */
public enum ScimType {
  INVALID_FILTER("invalidFilter"),
  TOO_MANY("tooMany"),
  UNIQUENESS("uniqueness"),
  MUTABILITY("mutability"),
  INVALID_SYNTAX("invalidSyntax"),
  INVALID_PATH("invalidPath"),
  NO_TARGET("noTarget"),
  INVALID_VALUE("invalidValue"),
  INVALID_VERS("invalidVers"),
  SENSITIVE("sensitive");

  private final String wireName;

  ScimType(String wireName) {
    this.wireName = wireName;
  }

  /** The value as it appears in the {@code scimType} member of an error response. */
  public String wireName() {
    return wireName;
  }
}
