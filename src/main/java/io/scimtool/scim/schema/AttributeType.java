package io.scimtool.scim.schema;

/** RFC 7643 §2.3 data types, with their names as written in schema representations. */
public enum AttributeType {
  STRING("string"),
  BOOLEAN("boolean"),
  DECIMAL("decimal"),
  INTEGER("integer"),
  DATE_TIME("dateTime"),
  BINARY("binary"),
  REFERENCE("reference"),
  COMPLEX("complex");

  private final String wireName;

  AttributeType(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
