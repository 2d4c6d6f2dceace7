package io.scimtool.activity;

import java.time.Instant;
import java.util.List;

/** One stored event of the activity feed, as the admin API serves it. */
public record ActivityEvent(
    String id,
    Instant occurredAt,
    String type,
    String severity,
    String action,
    String resourceId,
    String resourceName,
    String message,
    List<String> details,
    List<String> members,
    String source,
    String requestId,
    boolean keepalive) {

  static ActivityEvent of(
      String id, Instant occurredAt, ActivityDraft draft, String source, String requestId) {
    return new ActivityEvent(
        id,
        occurredAt,
        draft.type().text(),
        draft.severity().text(),
        draft.action(),
        draft.resourceId(),
        draft.resourceName(),
        draft.message(),
        draft.details(),
        draft.members(),
        source,
        requestId,
        draft.keepalive());
  }
}
