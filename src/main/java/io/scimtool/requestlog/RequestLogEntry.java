package io.scimtool.requestlog;

import java.time.Instant;

/** One recorded SCIM request, already redacted; its id is assigned when it is written. */
public record RequestLogEntry(
    Instant receivedAt,
    String method,
    String path,
    String query,
    int status,
    long durationMs,
    String requestHeaders,
    String requestBody,
    String responseHeaders,
    String responseBody,
    boolean truncated,
    String identifier,
    String correlationId,
    boolean keepalive) {}
