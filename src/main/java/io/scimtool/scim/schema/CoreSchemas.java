package io.scimtool.scim.schema;

import static io.scimtool.scim.schema.AttributeType.BINARY;
import static io.scimtool.scim.schema.AttributeType.BOOLEAN;
import static io.scimtool.scim.schema.AttributeType.COMPLEX;
import static io.scimtool.scim.schema.AttributeType.DATE_TIME;
import static io.scimtool.scim.schema.AttributeType.REFERENCE;
import static io.scimtool.scim.schema.AttributeType.STRING;

import io.scimtool.scim.ScimSchemas;
import java.util.List;

/**
 * The schemas this server implements, transcribed from RFC 7643 §4.1 (User), §4.2 (Group), §4.3
 * (Enterprise User) and §8.7.1 (their representations), plus the common attributes of §3.1.
 */
public final class CoreSchemas {
  private CoreSchemas() {}

  /** RFC 7643 §3.1: present on every resource, outside any schema's attribute list. */
  public static final List<AttributeDefinition> COMMON =
      List.of(
          attr("id", STRING)
              .caseExact()
              .mutability(Mutability.READ_ONLY)
              .returned(Returned.ALWAYS)
              .uniqueness(Uniqueness.SERVER)
              .description("Unique identifier for the resource, assigned by the service provider.")
              .build(),
          externalId(),
          attr("meta", COMPLEX)
              .mutability(Mutability.READ_ONLY)
              .description("Resource metadata.")
              .subAttributes(
                  readOnly("resourceType", STRING).caseExact().build(),
                  readOnly("created", DATE_TIME).build(),
                  readOnly("lastModified", DATE_TIME).build(),
                  readOnly("location", REFERENCE).caseExact().referenceTypes("uri").build(),
                  readOnly("version", STRING).caseExact().build())
              .build(),
          attr("schemas", REFERENCE)
              .multiValued()
              .required()
              .caseExact()
              .returned(Returned.ALWAYS)
              .referenceTypes("uri")
              .build());

  public static final SchemaDefinition USER =
      new SchemaDefinition(
          ScimSchemas.USER,
          "User",
          "User Account",
          List.of(
              attr("userName", STRING)
                  .required()
                  .uniqueness(Uniqueness.SERVER)
                  .description(
                      "Unique identifier for the User, typically used by the user to directly"
                          + " authenticate to the service provider.")
                  .build(),
              attr("name", COMPLEX)
                  .description("The components of the user's real name.")
                  .subAttributes(
                      string("formatted"),
                      string("familyName"),
                      string("givenName"),
                      string("middleName"),
                      string("honorificPrefix"),
                      string("honorificSuffix"))
                  .build(),
              string("displayName"),
              string("nickName"),
              attr("profileUrl", REFERENCE).referenceTypes("external").build(),
              string("title"),
              string("userType"),
              string("preferredLanguage"),
              string("locale"),
              string("timezone"),
              attr("active", BOOLEAN).build(),
              attr("password", STRING)
                  .mutability(Mutability.WRITE_ONLY)
                  .returned(Returned.NEVER)
                  .description("The User's cleartext password; never returned.")
                  .build(),
              multiValued("emails", "work", "home", "other"),
              multiValued("phoneNumbers", "work", "home", "mobile", "fax", "pager", "other"),
              multiValued("ims", "aim", "gtalk", "icq", "xmpp", "msn", "skype", "qq", "yahoo"),
              attr("photos", COMPLEX)
                  .multiValued()
                  .subAttributes(
                      attr("value", REFERENCE).referenceTypes("external").build(),
                      string("display"),
                      attr("type", STRING).canonicalValues("photo", "thumbnail").build(),
                      attr("primary", BOOLEAN).build())
                  .build(),
              attr("addresses", COMPLEX)
                  .multiValued()
                  .subAttributes(
                      string("formatted"),
                      string("streetAddress"),
                      string("locality"),
                      string("region"),
                      string("postalCode"),
                      string("country"),
                      attr("type", STRING).canonicalValues("work", "home", "other").build(),
                      attr("primary", BOOLEAN).build())
                  .build(),
              attr("groups", COMPLEX)
                  .multiValued()
                  .mutability(Mutability.READ_ONLY)
                  .description("Groups to which the user belongs; derived from group memberships.")
                  .subAttributes(
                      readOnly("value", STRING).build(),
                      readOnly("$ref", REFERENCE).referenceTypes("User", "Group").build(),
                      readOnly("display", STRING).build(),
                      readOnly("type", STRING).canonicalValues("direct", "indirect").build())
                  .build(),
              multiValued("entitlements"),
              multiValued("roles"),
              attr("x509Certificates", COMPLEX)
                  .multiValued()
                  .subAttributes(
                      attr("value", BINARY).caseExact().build(),
                      string("display"),
                      string("type"),
                      attr("primary", BOOLEAN).build())
                  .build(),
              externalId()));

  public static final SchemaDefinition ENTERPRISE_USER =
      new SchemaDefinition(
          ScimSchemas.ENTERPRISE_USER,
          "EnterpriseUser",
          "Enterprise User",
          List.of(
              string("employeeNumber"),
              string("costCenter"),
              string("organization"),
              string("division"),
              string("department"),
              attr("manager", COMPLEX)
                  .description("The User's manager.")
                  .subAttributes(
                      attr("value", STRING).description("The id of the manager's User.").build(),
                      attr("$ref", REFERENCE).referenceTypes("User").build(),
                      readOnly("displayName", STRING).build())
                  .build()));

  public static final SchemaDefinition GROUP =
      new SchemaDefinition(
          ScimSchemas.GROUP,
          "Group",
          "Group",
          List.of(
              attr("displayName", STRING)
                  .required()
                  .uniqueness(Uniqueness.SERVER)
                  .description("A human-readable name for the Group.")
                  .build(),
              attr("members", COMPLEX)
                  .multiValued()
                  .description("A list of members of the Group.")
                  .subAttributes(
                      attr("value", STRING)
                          .caseExact()
                          .mutability(Mutability.IMMUTABLE)
                          .description("Identifier of the member.")
                          .build(),
                      attr("$ref", REFERENCE)
                          .mutability(Mutability.IMMUTABLE)
                          .referenceTypes("User", "Group")
                          .build(),
                      readOnly("display", STRING).build(),
                      attr("type", STRING)
                          .mutability(Mutability.IMMUTABLE)
                          .canonicalValues("User", "Group")
                          .build())
                  .build(),
              externalId()));

  private static AttributeDefinition externalId() {
    return attr("externalId", STRING)
        .caseExact()
        .description("Identifier of the resource as defined by the provisioning client.")
        .build();
  }

  /** RFC 7643 §2.4: the value/display/type/primary shape of multi-valued attributes. */
  private static AttributeDefinition multiValued(String name, String... canonicalTypes) {
    return attr(name, COMPLEX)
        .multiValued()
        .subAttributes(
            string("value"),
            string("display"),
            attr("type", STRING).canonicalValues(canonicalTypes).build(),
            attr("primary", BOOLEAN).build())
        .build();
  }

  private static AttributeDefinition string(String name) {
    return attr(name, STRING).build();
  }

  private static AttributeDefinition.Builder readOnly(String name, AttributeType type) {
    return attr(name, type).mutability(Mutability.READ_ONLY);
  }

  private static AttributeDefinition.Builder attr(String name, AttributeType type) {
    return AttributeDefinition.builder(name, type);
  }
}
