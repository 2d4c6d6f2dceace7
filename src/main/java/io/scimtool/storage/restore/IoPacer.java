package io.scimtool.storage.restore;

/**
 * Holds a long pass over a file to a byte rate, by sleeping whenever it runs ahead. A backup copies
 * the whole database several times; at the disk's full speed those writes queue in front of the
 * live database's reads and syncs (the block layer throttles everyone's writes while the queue is
 * full), and requests wait behind them. One pacer per pass; not thread-safe.
 */
public final class IoPacer {
  private final long bytesPerSecond;
  private long bytes;
  private long startedNanos;

  private IoPacer(long bytesPerSecond) {
    this.bytesPerSecond = bytesPerSecond;
  }

  /** At most {@code bytesPerSecond} on average; 0 or less: as fast as the disk goes. */
  public static IoPacer of(long bytesPerSecond) {
    return new IoPacer(bytesPerSecond);
  }

  public static IoPacer unlimited() {
    return new IoPacer(0);
  }

  /** Counts {@code n} bytes done and sleeps until the pass is back on its rate. */
  public void advance(long n) {
    if (bytesPerSecond <= 0) {
      return;
    }
    long now = System.nanoTime();
    if (bytes == 0) {
      startedNanos = now;
    }
    bytes += n;
    long dueNanos = startedNanos + (long) (bytes * 1e9 / bytesPerSecond);
    long aheadMillis = (dueNanos - now) / 1_000_000;
    if (aheadMillis > 0) {
      try {
        Thread.sleep(aheadMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // finish unpaced: whoever interrupts wants it done
      }
    }
  }
}
