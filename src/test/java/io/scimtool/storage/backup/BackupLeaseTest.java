package io.scimtool.storage.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.storage.restore.BackupLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupLeaseTest {
  @TempDir Path share;
  private final Instant now = Instant.parse("2026-11-27T12:00:00Z");

  private BackupLease lease(String owner) {
    return new BackupLease(new BackupLayout(share), owner, Duration.ofSeconds(60));
  }

  @Test
  void anotherLiveOwnerKeepsTheLeaseUntilItExpires() throws Exception {
    BackupLease a = lease("replica-a");
    BackupLease b = lease("replica-b");
    assertTrue(a.acquire(now).isEmpty(), "a free lease is taken");
    var holder = b.acquire(now.plusSeconds(30));
    assertEquals("replica-a", holder.orElseThrow().owner());
    assertTrue(a.acquire(now.plusSeconds(30)).isEmpty(), "the owner renews");
    assertTrue(b.acquire(now.plusSeconds(91)).isEmpty(), "an expired lease is taken over");
    assertEquals("replica-b", a.acquire(now.plusSeconds(100)).orElseThrow().owner());
  }

  @Test
  void releaseLetsTheNextInstanceTakeOverAtOnce() throws Exception {
    BackupLease a = lease("replica-a");
    a.acquire(now);
    a.release(now.plusSeconds(5));
    assertTrue(lease("replica-b").acquire(now.plusSeconds(6)).isEmpty());
  }

  @Test
  void renewalIsDueWhenTwoThirdsOfTheLeaseAreLeft() throws Exception {
    BackupLease a = lease("replica-a");
    a.acquire(now);
    assertFalse(a.dueForRenewal(now.plusSeconds(10)));
    assertTrue(a.dueForRenewal(now.plusSeconds(21)));
  }

  @Test
  void anUnreadableLeaseFileDoesNotBlockPublishingForever() throws Exception {
    Files.writeString(new BackupLayout(share).lease(), "{torn");
    assertTrue(lease("replica-a").acquire(now).isEmpty());
  }
}
