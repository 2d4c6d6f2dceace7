package io.scimtool.activity;

/**
 * Which request the current thread serves, so events recorded deep in a service carry its
 * correlation id and source ({@code scim} for identity providers, {@code admin} for the console's
 * manual provisioning). Set and cleared by the entry points, always in try/finally.
 */
public final class ActivityContext {
  public static final String SCIM = "scim";
  public static final String ADMIN = "admin";
  public static final String SYSTEM = "system";

  record Current(String requestId, String source) {}

  private static final ThreadLocal<Current> CURRENT = new ThreadLocal<>();

  private ActivityContext() {}

  /** Marks the start of a request; returns what to restore when it ends. */
  public static Object enter(String requestId, String source) {
    Current previous = CURRENT.get();
    CURRENT.set(new Current(requestId, source));
    return previous;
  }

  public static void leave(Object previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set((Current) previous);
    }
  }

  /** Runs {@code work} as part of a request from {@code source}. */
  public static <T> T run(String requestId, String source, java.util.function.Supplier<T> work) {
    Object outer = enter(requestId, source);
    try {
      return work.get();
    } finally {
      leave(outer);
    }
  }

  /** Runs {@code work}, which answers nothing, as part of a request from {@code source}. */
  public static void run(String requestId, String source, Runnable work) {
    run(
        requestId,
        source,
        () -> {
          work.run();
          return null;
        });
  }

  static Current current() {
    Current current = CURRENT.get();
    return current == null ? new Current(null, SYSTEM) : current;
  }
}
