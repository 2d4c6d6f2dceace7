package io.scimtool.console;

import static io.scimtool.support.HttpCalls.json;
import static io.scimtool.testdata.ScimUserBuilder.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scimtool.support.Browser;
import io.scimtool.support.LibertyIT;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The web console in real headless Chromium against the deployed server. */
class ConsoleIT extends LibertyIT {
  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  private void signIn(String token) {
    browser.get(BASE_URL + "/");
    WebElement field =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-token")));
    field.clear();
    field.sendKeys(token, Keys.ENTER);
  }

  private void signedIn() {
    signIn(SECRET);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".topbar")));
    wait.until(ExpectedConditions.textToBe(By.cssSelector("#live .label"), "Live"));
  }

  private WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  private void screen(String name) {
    browser.findElement(By.cssSelector(".tabs a[data-screen='" + name + "']")).click();
    visible("#screen-" + name);
  }

  @Test
  void aWrongTokenIsRefusedAndTheRightOneOpensTheConsole() {
    signIn("not-the-token");
    WebElement error = visible("#signin-error");
    assertEquals("That token was not accepted.", error.getText());
    assertTrue(browser.findElement(By.id("app")).getAttribute("hidden") != null);

    signedIn();
    wait.until(
        ExpectedConditions.textMatches(
            By.id("version"), java.util.regex.Pattern.compile("v\\d+.*")));
    // The token lasts for the tab's session: a reload stays signed in.
    browser.navigate().refresh();
    visible(".topbar");
    browser.findElement(By.id("signout")).click();
    visible("#signin-token");
  }

  @Test
  void aUserProvisionedThroughScimAppearsLiveAndFiltersApply() {
    signedIn();
    String marker = "live-" + UUID.randomUUID().toString().substring(0, 8);
    http.create(
        "/scim/v2/Users",
        user(marker + "@example.com").with("displayName", "Live " + marker).toJson());
    WebElement event =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath(
                    "//ol[@id='events']/li[contains(., 'User Live " + marker + " created')]")));
    assertTrue(event.getAttribute("class").contains("success"));

    // Filtering: a search narrows to the marker; type=group hides the user event.
    WebElement search = browser.findElement(By.cssSelector("#activity-filters input[name=search]"));
    search.sendKeys(marker);
    wait.until(ExpectedConditions.textToBe(By.id("activity-count"), "1 event"));
    new Select(browser.findElement(By.cssSelector("#activity-filters select[name=type]")))
        .selectByValue("group");
    wait.until(ExpectedConditions.textToBe(By.id("activity-count"), "0 events"));
    visible("#events li.empty");
    new Select(browser.findElement(By.cssSelector("#activity-filters select[name=type]")))
        .selectByValue("user");
    wait.until(ExpectedConditions.textToBe(By.id("activity-count"), "1 event"));
    assertEquals(1, browser.findElements(By.cssSelector("#events li.event")).size());

    // Away from the feed, new events are counted in the tab title and on the favicon.
    screen("logs");
    http.create("/scim/v2/Users", user("unseen-" + marker).toJson());
    wait.until(ExpectedConditions.titleIs("(1) SCIMTool"));
    assertTrue(
        browser
            .findElement(By.id("favicon"))
            .getAttribute("href")
            .startsWith("data:image/svg+xml"));
    screen("activity");
    wait.until(ExpectedConditions.titleIs("SCIMTool"));
  }

  @Test
  void aLogEntryOpensWithItsRedactedHeadersAndBody() {
    String marker = "log-" + UUID.randomUUID().toString().substring(0, 8);
    http.create("/scim/v2/Users", user(marker).toJson());
    signedIn();
    screen("logs");
    browser.findElement(By.cssSelector("#log-filters input[name=text]")).sendKeys(marker);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("logs-pager"), "1 total"));
    Browser.click(
        wait,
        By.xpath(
            "//table[@id='logs-table']//tr[contains(., 'POST') and contains(., '"
                + marker
                + "')]"));
    WebElement dialog = visible("#dialog");
    wait.until(ExpectedConditions.textToBePresentInElement(dialog, "Request body"));
    String text = dialog.getText();
    assertTrue(text.contains("\"userName\": \"" + marker + "\""), text);
    assertTrue(text.toLowerCase().contains("authorization: [redacted]"), text);
    assertTrue(!text.contains(SECRET), "the token never reaches the console");
    browser.findElement(By.cssSelector("#dialog .dialog-head button")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("dialog")));
  }

  @Test
  void aUserIsDeletedFromTheDatabaseViewAfterConfirmation() {
    String marker = "del-" + UUID.randomUUID().toString().substring(0, 8);
    String id = http.create("/scim/v2/Users", user(marker + "@example.com").toJson());
    signedIn();
    screen("database");
    browser.findElement(By.cssSelector("#users-filters input[name=search]")).sendKeys(marker);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("users-pager"), "1 total"));
    Browser.click(wait, By.cssSelector("#users-table tr[data-id='" + id + "'] button.danger"));
    WebElement confirm = visible("#confirm");
    assertTrue(confirm.getText().contains(marker));
    browser.findElement(By.id("confirm-ok")).click();
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(
            By.cssSelector("#users-table tr[data-id='" + id + "']")));
    assertEquals(404, http.get("/scim/v2/Users/" + id).statusCode());
  }

  @Test
  void manualProvisioningShowsACollisionAs409() {
    String userName = "collide-" + UUID.randomUUID() + "@example.com";
    http.create("/scim/v2/Users", user(userName).toJson());
    signedIn();
    screen("provision");
    browser
        .findElement(By.cssSelector("#provision-user input[name=userName]"))
        .sendKeys(userName.toUpperCase());
    browser.findElement(By.cssSelector("#provision-user button[type=submit]")).click();
    WebElement result =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#provision-result [role=alert]")));
    assertTrue(result.getText().startsWith("409 uniqueness"), result.getText());
    assertTrue(browser.findElement(By.id("provision-result")).getText().contains("already taken"));

    String fresh = "fresh-" + UUID.randomUUID();
    WebElement field = browser.findElement(By.cssSelector("#provision-user input[name=userName]"));
    field.clear();
    field.sendKeys(fresh);
    browser.findElement(By.cssSelector("#provision-user button[type=submit]")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("provision-result"), "201 Created"));
    assertEquals(
        1,
        json(http.get("/scim/v2/Users?filter=userName%20eq%20%22" + fresh + "%22"))
            .getInt("totalResults"));
  }

  @Test
  void backUpNowUpdatesTheIndicator() {
    signedIn();
    WebElement indicator = browser.findElement(By.id("backup"));
    wait.until(d -> indicator.getAttribute("data-backup-state") != null);
    http.create(
        "/scim/v2/Users", user("backup-" + UUID.randomUUID()).toJson()); // something to back up
    indicator.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("toast")));
    wait.until(
        d -> indicator.getText().startsWith("Backup ") && !indicator.getText().contains("…"));
    assertEquals("ok", indicator.getAttribute("data-state"), indicator.getText());
    String tip =
        (String)
            ((JavascriptExecutor) browser)
                .executeScript("return document.getElementById('backup-tip').textContent");
    assertTrue(tip.contains("Last backup:") && !tip.contains("never"), tip);
  }

  @Test
  void theThemeToggleFlipsAndIsRemembered() {
    signedIn();
    String before = browser.findElement(By.tagName("html")).getAttribute("data-theme");
    browser.findElement(By.id("theme")).click();
    String after = browser.findElement(By.tagName("html")).getAttribute("data-theme");
    assertEquals(before.equals("dark") ? "light" : "dark", after);
    browser.navigate().refresh();
    visible(".topbar");
    assertEquals(after, browser.findElement(By.tagName("html")).getAttribute("data-theme"));
    assertTrue(
        List.of("Switch to light theme", "Switch to dark theme")
            .contains(browser.findElement(By.id("theme")).getAttribute("aria-label")));
  }
}
