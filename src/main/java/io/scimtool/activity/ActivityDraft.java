package io.scimtool.activity;

import java.util.List;

/**
 * An event as the code that saw it happen describes it; {@link ActivityRecorder} adds the id, the
 * time and the request it belongs to.
 */
public record ActivityDraft(
    ActivityType type,
    Severity severity,
    String action,
    String resourceId,
    String resourceName,
    String message,
    List<String> details,
    List<String> members,
    boolean keepalive) {

  public ActivityDraft {
    details = List.copyOf(details);
    members = List.copyOf(members);
  }
}
