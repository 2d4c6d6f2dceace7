package io.scimtool.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scimtool.support.PackagedServer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs {@code infra/container-lifecycle-test.sh} (the container's lifecycle) as part of verify. */
class ContainerLifecycleIT {
  @Test
  void containerLifecyclePasses() throws Exception {
    ProcessBuilder script =
        new ProcessBuilder("bash", "infra/container-lifecycle-test.sh")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT);
    PackagedServer.clearServerSettings(script.environment());
    Process process = script.start();
    if (!process.waitFor(15, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the container lifecycle test did not finish in 15 minutes");
    }
    assertEquals(
        0, process.exitValue(), "infra/container-lifecycle-test.sh failed (see its output)");
  }
}
