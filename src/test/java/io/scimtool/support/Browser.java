package io.scimtool.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium for the console tests: Debian's {@code chromium} and {@code
 * chromium-driver}, installed by the build when missing (as root, through apt-get), never a browser
 * downloaded from elsewhere.
 */
public final class Browser {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private Browser() {}

  /** A fresh headless browser with its own profile; callers quit it. */
  public static ChromeDriver start() {
    ensureInstalled();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox", // the tests run as root in CI containers
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,900",
        "--force-color-profile=srgb",
        "--hide-scrollbars");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    return driver;
  }

  /** Clicks what {@code locator} finds, finding it again if a list re-rendered meanwhile. */
  public static void click(WebDriverWait wait, By locator) {
    wait.ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              d.findElement(locator).click();
              return true;
            });
  }

  private static synchronized void ensureInstalled() {
    if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
      return;
    }
    run(List.of("apt-get", "update"));
    run(
        List.of(
            "apt-get", "install", "-y", "--no-install-recommends", "chromium", "chromium-driver"));
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException(
          "The console tests need Debian's chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver)");
    }
  }

  private static void run(List<String> command) {
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
      Process process = builder.start();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed");
      }
    } catch (IOException e) {
      throw new IllegalStateException(String.join(" ", command) + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
