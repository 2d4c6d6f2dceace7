package io.scimtool.requestlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the request log captures ({@code LOG_BODY_MAX_BYTES}); retention and queueing are the
 * journal's ({@link io.scimtool.storage.JournalSettings}).
 */
@ApplicationScoped
public class RequestLogSettings {
  @Inject
  @ConfigProperty(name = "log.body.max.bytes")
  int bodyMaxBytes;

  public int bodyMaxBytes() {
    return Math.max(1024, bodyMaxBytes);
  }
}
