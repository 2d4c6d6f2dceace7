package io.scimtool.storage.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BackupWorkerTest {
  /** Field 19 of /proc/thread-self/stat: the calling thread's nice value. */
  private static int niceOfThisThread() throws Exception {
    String stat = Files.readString(Path.of("/proc/thread-self/stat"));
    String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Integer.parseInt(afterName[16]);
  }

  @Test
  void workRunsOnOneThreadAtTheLoweredPriorityAndTheCallerKeepsItsOwn() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "Linux only");
    int callerBefore = niceOfThisThread();
    try (BackupWorker worker = new BackupWorker(10)) {
      assertEquals(10, worker.call(BackupWorkerTest::niceOfThisThread));
      assertEquals("scimtool-backup", worker.call(() -> Thread.currentThread().getName()));
      assertEquals(10, worker.call(BackupWorkerTest::niceOfThisThread), "lowered once, stays");
    }
    assertEquals(callerBefore, niceOfThisThread());
  }

  @Test
  void niceZeroKeepsTheNormalPriority() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/thread-self/stat")), "Linux only");
    try (BackupWorker worker = new BackupWorker(0)) {
      assertEquals(niceOfThisThread(), worker.call(BackupWorkerTest::niceOfThisThread));
    }
  }

  @Test
  void failuresOfTheWorkReachTheCaller() {
    try (BackupWorker worker = new BackupWorker(0)) {
      IllegalStateException thrown =
          assertThrows(
              IllegalStateException.class,
              () ->
                  worker.call(
                      () -> {
                        throw new IllegalStateException("disk full");
                      }));
      assertEquals("disk full", thrown.getMessage());
    }
  }
}
