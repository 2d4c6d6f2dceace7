package io.scimtool.scim;

/** What the server supports, as advertised in ServiceProviderConfig (RFC 7643 §5). */
public record ServiceProviderCapabilities(
    boolean patch,
    boolean bulk,
    int bulkMaxOperations,
    int bulkMaxPayloadSize,
    boolean filter,
    int filterMaxResults,
    boolean changePassword,
    boolean sort,
    boolean etag) {}
