package io.scimtool.scim.schema;

import java.util.List;
import java.util.Optional;

/** One attribute of a schema with its RFC 7643 §7 characteristics. */
public record AttributeDefinition(
    String name,
    AttributeType type,
    boolean multiValued,
    String description,
    boolean required,
    boolean caseExact,
    Mutability mutability,
    Returned returned,
    Uniqueness uniqueness,
    List<String> canonicalValues,
    List<String> referenceTypes,
    List<AttributeDefinition> subAttributes) {

  public AttributeDefinition {
    canonicalValues = List.copyOf(canonicalValues);
    referenceTypes = List.copyOf(referenceTypes);
    subAttributes = List.copyOf(subAttributes);
  }

  public boolean isComplex() {
    return type == AttributeType.COMPLEX;
  }

  /** Sub-attribute by name, ignoring case (RFC 7643 §2.1). */
  public Optional<AttributeDefinition> subAttribute(String subName) {
    return named(subAttributes, subName);
  }

  /**
   * The attribute of {@code attributes} called {@code name}, ignoring case. A loop, not a stream:
   * normalizing a resource looks up every key this way, and the stream pipelines cost more than the
   * comparisons.
   */
  static Optional<AttributeDefinition> named(List<AttributeDefinition> attributes, String name) {
    for (AttributeDefinition attribute : attributes) {
      if (attribute.name().equalsIgnoreCase(name)) {
        return Optional.of(attribute);
      }
    }
    return Optional.empty();
  }

  public static Builder builder(String name, AttributeType type) {
    return new Builder(name, type);
  }

  /** Defaults follow RFC 7643 §2.2: optional, not case-exact, readWrite, returned by default. */
  public static final class Builder {
    private final String name;
    private final AttributeType type;
    private boolean multiValued;
    private String description = "";
    private boolean required;
    private boolean caseExact;
    private Mutability mutability = Mutability.READ_WRITE;
    private Returned returned = Returned.DEFAULT;
    private Uniqueness uniqueness = Uniqueness.NONE;
    private List<String> canonicalValues = List.of();
    private List<String> referenceTypes = List.of();
    private List<AttributeDefinition> subAttributes = List.of();

    private Builder(String name, AttributeType type) {
      this.name = name;
      this.type = type;
    }

    public Builder multiValued() {
      this.multiValued = true;
      return this;
    }

    public Builder description(String text) {
      this.description = text;
      return this;
    }

    public Builder required() {
      this.required = true;
      return this;
    }

    public Builder caseExact() {
      this.caseExact = true;
      return this;
    }

    public Builder mutability(Mutability value) {
      this.mutability = value;
      return this;
    }

    public Builder returned(Returned value) {
      this.returned = value;
      return this;
    }

    public Builder uniqueness(Uniqueness value) {
      this.uniqueness = value;
      return this;
    }

    public Builder canonicalValues(String... values) {
      this.canonicalValues = List.of(values);
      return this;
    }

    public Builder referenceTypes(String... values) {
      this.referenceTypes = List.of(values);
      return this;
    }

    public Builder subAttributes(AttributeDefinition... values) {
      this.subAttributes = List.of(values);
      return this;
    }

    public AttributeDefinition build() {
      return new AttributeDefinition(
          name,
          type,
          multiValued,
          description,
          required,
          caseExact,
          mutability,
          returned,
          uniqueness,
          canonicalValues,
          referenceTypes,
          subAttributes);
    }
  }
}
