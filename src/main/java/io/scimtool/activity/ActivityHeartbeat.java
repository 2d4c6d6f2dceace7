package io.scimtool.activity;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every 15 s, a comment on the live stream (Container Apps' ingress closes idle connections). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ActivityHeartbeat {
  @Inject ActivityStream stream;

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  public void beat() {
    stream.heartbeat();
  }
}
