package io.scimtool.scim;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;

/**
 * Builds the RFC 7643 §5 ServiceProviderConfig resource: exactly the fields that section defines.
 */
public final class ServiceProviderConfigDocument {
  private ServiceProviderConfigDocument() {}

  public static JsonObject build(ServiceProviderCapabilities caps, URI location) {
    return Jsons.createObjectBuilder()
        .add("schemas", Jsons.createArrayBuilder().add(ScimSchemas.SERVICE_PROVIDER_CONFIG))
        .add("patch", supported(caps.patch()))
        .add(
            "bulk",
            supported(caps.bulk())
                .add("maxOperations", caps.bulkMaxOperations())
                .add("maxPayloadSize", caps.bulkMaxPayloadSize()))
        .add("filter", supported(caps.filter()).add("maxResults", caps.filterMaxResults()))
        .add("changePassword", supported(caps.changePassword()))
        .add("sort", supported(caps.sort()))
        .add("etag", supported(caps.etag()))
        .add(
            "authenticationSchemes",
            Jsons.createArrayBuilder()
                .add(
                    Jsons.createObjectBuilder()
                        .add("type", "oauthbearertoken")
                        .add("name", "OAuth Bearer Token")
                        .add(
                            "description",
                            "Authentication with a bearer token in the Authorization header")
                        .add("specUri", "https://www.rfc-editor.org/info/rfc6750")
                        .add("primary", true)))
        .add(
            "meta",
            Jsons.createObjectBuilder()
                .add("resourceType", "ServiceProviderConfig")
                .add("location", location.toString()))
        .build();
  }

  private static JsonObjectBuilder supported(boolean supported) {
    return Jsons.createObjectBuilder().add("supported", supported);
  }
}
