package io.scimtool.scim.schema;

/** RFC 7643 §7 {@code mutability}. */
public enum Mutability {
  READ_ONLY("readOnly"),
  READ_WRITE("readWrite"),
  IMMUTABLE("immutable"),
  WRITE_ONLY("writeOnly");

  private final String wireName;

  Mutability(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
