package io.scimtool.activity;

import io.scimtool.storage.TimeOrderedIds;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Records events where they happen. Inside a transaction the event is queued only once that
 * transaction has committed, so the feed never shows a change that was rolled back; recording never
 * fails the caller.
 */
@ApplicationScoped
public class ActivityRecorder {
  @Inject ActivityWriter writer;

  @Resource TransactionSynchronizationRegistry transactions;

  public void record(ActivityDraft draft) {
    if (draft == null) {
      return;
    }
    try {
      ActivityContext.Current context = ActivityContext.current();
      Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS); // as stored
      ActivityEvent event =
          ActivityEvent.of(
              TimeOrderedIds.next(now), now, draft, context.source(), context.requestId());
      if (transactions != null && transactions.getTransactionKey() != null) {
        transactions.registerInterposedSynchronization(new AfterCommit(writer, event));
      } else {
        writer.submit(event);
      }
    } catch (RuntimeException e) {
      writer.recordFailure(e);
    }
  }

  private record AfterCommit(ActivityWriter writer, ActivityEvent event)
      implements Synchronization {
    @Override
    public void beforeCompletion() {
      // nothing to prepare: the event is already built
    }

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        writer.submit(event);
      }
    }
  }
}
