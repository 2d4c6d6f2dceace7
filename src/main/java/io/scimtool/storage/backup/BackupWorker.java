package io.scimtool.storage.backup;

import io.scimtool.storage.DaemonThreads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The one thread backups run on, at a lower CPU priority (a Linux nice value) than the threads
 * serving requests. A backup of a large database is tens of seconds of page copying, integrity
 * checking and hashing; at normal priority it takes its share of a small machine's cores from the
 * requests, which then queue (measured with the 921 MB benchmark database on two cores: PATCH p99
 * +80 ms during a backup). Niced, it runs on what the requests leave idle. A thread may lower its
 * own priority without privilege but not raise it back, hence one long-lived thread, lowered once.
 */
final class BackupWorker implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(BackupWorker.class.getName());

  private final ExecutorService executor;

  /** {@code niceness} 0 keeps the normal priority; 1–19 lower it (19 is the lowest). */
  BackupWorker(int niceness) {
    executor = Executors.newSingleThreadExecutor(DaemonThreads.named("scimtool-backup"));
    executor.execute(() -> lowerPriority(Math.min(niceness, 19))); // the thread's first task
  }

  /** Runs {@code work} on the backup thread and waits for its result. */
  <T> T call(Callable<T> work) throws InterruptedException {
    Future<T> result = executor.submit(work);
    try {
      return result.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    DaemonThreads.stop(executor);
  }

  /**
   * {@code renice} of this thread alone: on Linux a thread is a task with its own id and nice
   * value, which Java's thread priorities do not reach. Best effort: where there is no {@code
   * /proc} or no {@code renice}, backups run at normal priority and say so once.
   */
  private static void lowerPriority(int niceness) {
    if (niceness <= 0) {
      return;
    }
    String outcome;
    try {
      String task = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
      Process renice =
          new ProcessBuilder("renice", "-n", Integer.toString(niceness), "-p", task)
              .redirectErrorStream(true)
              .start();
      String output = new String(renice.getInputStream().readAllBytes()).trim();
      outcome =
          renice.waitFor(10, TimeUnit.SECONDS) && renice.exitValue() == 0
              ? null
              : "renice answered: " + output;
    } catch (IOException | UnsupportedOperationException e) {
      outcome = e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = "interrupted";
    }
    if (outcome == null) {
      LOG.info("Backups run at nice " + niceness);
    } else {
      LOG.info("Backups run at normal CPU priority (" + outcome + ")");
    }
  }
}
