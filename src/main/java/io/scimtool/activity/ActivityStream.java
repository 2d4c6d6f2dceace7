package io.scimtool.activity;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;

/**
 * The live feed: Server-Sent Events named {@code activity}, each one event as JSON, with the event
 * id as SSE id so a reconnecting client sends {@code Last-Event-ID} and is replayed what it missed.
 * Published from the journal's writer thread after commit, so a slow client never delays SCIM.
 */
@ApplicationScoped
public class ActivityStream {
  static final String EVENT_NAME = "activity";

  private final Jsonb jsonb = JsonbBuilder.create();
  private Sse sse;
  private SseBroadcaster broadcaster;

  /** Adds a client; {@code missed} are sent to it first. */
  synchronized void register(SseEventSink sink, Sse sse, List<ActivityEvent> missed) {
    if (broadcaster == null) {
      this.sse = sse;
      broadcaster = sse.newBroadcaster();
    }
    for (ActivityEvent event : missed) {
      sink.send(toSse(event));
    }
    // A comment first, so clients (and proxies) see the stream open before the first event.
    sink.send(sse.newEventBuilder().comment("connected").build());
    broadcaster.register(sink);
  }

  void publish(List<ActivityEvent> events) {
    SseBroadcaster target;
    synchronized (this) {
      target = broadcaster;
    }
    if (target == null) {
      return;
    }
    for (ActivityEvent event : events) {
      target.broadcast(toSse(event));
    }
  }

  /** A comment line now and then keeps idle connections open through proxies and ingress. */
  void heartbeat() {
    SseBroadcaster target;
    synchronized (this) {
      target = broadcaster;
    }
    if (target != null) {
      target.broadcast(sse.newEventBuilder().comment("keepalive").build());
    }
  }

  private OutboundSseEvent toSse(ActivityEvent event) {
    return sse.newEventBuilder()
        .name(EVENT_NAME)
        .id(event.id())
        .mediaType(MediaType.TEXT_PLAIN_TYPE)
        .data(String.class, jsonb.toJson(event))
        .build();
  }

  @PreDestroy
  synchronized void close() {
    if (broadcaster != null) {
      broadcaster.close();
    }
  }
}
