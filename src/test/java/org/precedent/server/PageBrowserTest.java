package org.precedent.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.precedent.KnowledgeBase;
import org.precedent.search.Fixture;

/**
 * The page in a real headless Chromium (Debian's chromium and chromedriver; nothing downloaded):
 * search, open a hit, follow its permalink; find citations, verify a quotation and check a draft,
 * each result leading to its provision; and markup typed or pasted anywhere stays text.
 */
class PageBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path indexRoot;
  @TempDir static Path profile;
  static KnowledgeBase kb;
  static Javalin app;
  static ChromeDriver driver;
  static WebDriverWait wait;
  static String base;

  @BeforeAll
  static void start() {
    Assumptions.assumeFalse(
        "skip".equals(System.getProperty("precedent.browser")), "precedent.browser=skip");
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver packages");
    System.setProperty("SE_AVOID_STATS", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    kb = Fixture.open(indexRoot);
    app = WebServer.create(kb, Path.of("web")).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1200,900",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.stop();
      kb.close();
    }
  }

  private static List<WebElement> hits() {
    return driver.findElements(By.cssSelector("#results .hit"));
  }

  private static void search(String query) {
    driver.get(base + "/");
    WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
    q.clear();
    q.sendKeys(query, Keys.ENTER);
  }

  @Test
  void typeAQueryOpenAHitAndFollowItsPermalink() {
    search("\"position of vulnerability\"");
    wait.until(d -> !hits().isEmpty());
    WebElement mark = hits().get(0).findElement(By.cssSelector(".snippet mark"));
    assertEquals("position of vulnerability", mark.getText().toLowerCase(java.util.Locale.ROOT));
    assertTrue(driver.findElement(By.id("facets")).getText().contains("fx-plan"));

    WebElement link =
        driver.findElement(By.cssSelector("#results a.hit-link[href='#/p/fx-plan/para_4']"));
    link.click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("provision-view")));
    wait.until(d -> d.findElement(By.id("provision-hash")).getText().length() == 64);
    assertTrue(
        driver
            .findElement(By.id("provision-text"))
            .getText()
            .contains("position of vulnerability"));
    assertTrue(
        driver
            .findElement(By.id("provision-source"))
            .getText()
            .contains("001_173f4e0223586690.txt"));
    String permalink = driver.findElement(By.id("permalink")).getText();
    assertTrue(permalink.endsWith("/#/p/fx-plan/para_4"), permalink);
    wait.until(d -> !d.findElements(By.cssSelector("#similar .hit")).isEmpty());

    driver.get(permalink.replace("http://127.0.0.1:" + app.port(), base));
    driver.navigate().refresh();
    wait.until(d -> d.findElement(By.id("provision-hash")).getText().length() == 64);
    assertTrue(
        driver.findElement(By.id("provision-citation")).getText().startsWith("Fixture Plan"));
    assertFalse(driver.findElement(By.id("search-panel")).isDisplayed());
  }

  @Test
  void aSearchMatchingNothingOffersItsWordsRespelledAndTheOfferSearches() {
    search("vulnerabilty status:treaty");
    WebElement offer = shown("#search-status a.suggestion");
    assertEquals("vulnerability status:treaty", offer.getText());
    assertTrue(driver.findElement(By.id("search-status")).getText().startsWith("0 provisions"));
    offer.click();
    wait.until(d -> !hits().isEmpty());
    assertEquals(
        "vulnerability status:treaty", driver.findElement(By.id("q")).getAttribute("value"));
    assertTrue(driver.findElements(By.cssSelector("#search-status a.suggestion")).isEmpty());
  }

  @Test
  void aSearchInTheQueryStringIsAnsweredAndShownAsTheSearchRoute() {
    driver.get(base + "/?q=%22position+of+vulnerability%22&status=treaty");
    wait.until(d -> !hits().isEmpty());
    assertEquals(
        "\"position of vulnerability\"", driver.findElement(By.id("q")).getAttribute("value"));
    assertTrue(
        hits().stream()
            .allMatch(h -> h.getText().toLowerCase(java.util.Locale.ROOT).contains("treaty")),
        "the status filter in the query string applies");
    String address = driver.getCurrentUrl();
    assertTrue(
        address.endsWith("/#/search?q=%22position+of+vulnerability%22&status=treaty"), address);
  }

  @Test
  void aQueryThatIsACitationLinksToTheProvisionItNames() {
    search("FX/PLAN, para. 4");
    WebElement link = shown("#search-citation a[href='#/p/fx-plan/para_4']");
    assertTrue(driver.findElement(By.id("search-citation")).getText().startsWith("Citation: "));
    link.click();
    wait.until(d -> d.findElement(By.id("provision-hash")).getText().length() == 64);
    assertTrue(
        driver.findElement(By.id("provision-citation")).getText().startsWith("Fixture Plan"));

    search("trafficking");
    wait.until(d -> !hits().isEmpty());
    assertFalse(driver.findElement(By.id("search-citation")).isDisplayed());
  }

  @Test
  void aQueryThatIsAListOfCitationsLinksToEachProvision() {
    search("FX/PLAN, paras. 4 and 5");
    shown("#search-citation a[href='#/p/fx-plan/para_5']");
    assertEquals(2, driver.findElements(By.cssSelector("#search-citation a.citation-link")).size());
  }

  @Test
  void aCitationReadByAssumptionSaysWhatWasAssumed() {
    search("article 3 (a) of the Protocol");
    WebElement note = shown("#search-citation .citation-note");
    assertTrue(note.getText().contains("read as tip-protocol"), note.getText());
    assertTrue(
        driver.findElement(By.id("search-citation")).getText().contains("(text not in corpus)"));
  }

  /** Opens the panel at {@code hash} and types {@code text} into its field {@code id}. */
  private static WebElement type(String hash, String id, String text) {
    driver.get(base + "/" + hash);
    WebElement field = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
    field.clear();
    field.sendKeys(text);
    return field;
  }

  /**
   * Checks {@code draft} on a page loaded afresh: the driver is shared, and a page left by another
   * test may still show its report, or have its own check under way.
   */
  private static void checkDraft(String draft) {
    driver.get(base + "/");
    type("#/check", "check-text", draft);
    driver.findElement(By.cssSelector("#check-panel .check-submit")).click();
  }

  private WebElement shown(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  @Test
  void aHitFoundThroughAConceptSaysWhichConceptItStates() {
    search("non-punishment");
    wait.until(d -> !d.findElements(By.cssSelector("#results .hit-concepts")).isEmpty());
    assertEquals(
        "states: non-punishment",
        driver.findElement(By.cssSelector("#results .hit-concepts")).getText());
  }

  /**
   * A bookmarked search keeps every filter it names, repeated ones too: the page read one kind and
   * dropped body and language, so the address showed another result set than the API's.
   */
  @Test
  void aBookmarkedSearchKeepsEveryFilter() throws Exception {
    String query = "q=victims&kind=treaty&kind=report&language=en";
    driver.get(base + "/#/search?" + query);
    wait.until(d -> d.findElements(By.cssSelector("#active-filters .chip")).size() == 3);
    List<String> chips =
        driver.findElements(By.cssSelector("#active-filters .chip")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(List.of("kind: treaty ×", "kind: report ×", "language: en ×"), chips);
    java.net.http.HttpResponse<String> api =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "/api/search?" + query))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    String total =
        String.valueOf(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(api.body())
                .get("total")
                .asInt());
    wait.until(
        d -> d.findElement(By.id("search-status")).getText().startsWith(total + " provision"));
  }

  @Test
  void facetNarrowsAndSlashFocusesTheSearchBox() {
    search("trafficking");
    wait.until(d -> !hits().isEmpty());
    driver.findElement(By.cssSelector("#facets .facet")).click();
    wait.until(d -> !d.findElements(By.cssSelector("#active-filters .chip")).isEmpty());
    assertTrue(
        driver.getCurrentUrl().contains("status=")
            || driver.getCurrentUrl().contains("instrument="));
    driver.findElement(By.tagName("body")).click();
    driver.findElement(By.tagName("body")).sendKeys("/");
    assertEquals("q", driver.switchTo().activeElement().getAttribute("id"));
  }

  @Test
  void markupInAQueryIsShownAsTextAndNeverRuns() {
    for (String query :
        List.of(
            "<script>alert(1)</script>", "<img src=x onerror=\"window.__xss=1\"> trafficking")) {
      search(query);
      wait.until(d -> !d.findElement(By.id("search-status")).getText().startsWith("Searching"));
      wait.until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
      String status = driver.findElement(By.id("search-status")).getText();
      assertTrue(status.contains("<"), status);
      assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
      JavascriptExecutor js = driver;
      assertEquals(
          Boolean.TRUE,
          js.executeScript(
              "return window.__xss === undefined"
                  + " && document.querySelectorAll('main script, main img').length === 0"));
      assertEquals(query, driver.findElement(By.id("q")).getAttribute("value"));
    }
  }

  @Test
  void aPrecedentStatingTheSameConceptSaysSo() {
    assertEquals(
        "states the same concept: non-punishment",
        firstConceptNote(
            "Ensure that trafficked persons are not punished for having been trafficked."));
  }

  @Test
  void aPrecedentStatingWhatTheDraftReversesSaysSoNotTheSameConcept() {
    assertEquals(
        "states what the draft goes against: non-punishment",
        firstConceptNote("Trafficked persons shall be prosecuted."));
  }

  /** The concept note of the first precedent listing one, once {@code draft} is checked. */
  private String firstConceptNote(String draft) {
    checkDraft(draft);
    wait.until(d -> !d.findElements(By.cssSelector("#check-panel .check-concepts")).isEmpty());
    driver.findElement(By.cssSelector("#check-panel .check-details summary")).click();
    WebElement concepts = driver.findElement(By.cssSelector("#check-panel .check-concepts"));
    wait.until(ExpectedConditions.visibilityOf(concepts));
    return concepts.getText();
  }

  @Test
  void aCitationFoundInPastedTextShowsTheProvisionItNames() {
    type("#/cite", "cite-text", "As agreed in FX/PLAN, para. 4, the definition stands.").submit();
    shown("#cite-panel .cite-mark").click();
    WebElement detail = shown("#cite-panel .cite-detail .cite-text");
    assertTrue(
        detail.getText().contains("Recognize that \"trafficking in persons\" shall mean"),
        detail.getText());
    String shown = driver.findElement(By.cssSelector("#cite-panel .cite-detail")).getText();
    assertFalse(shown.contains("null") || shown.contains("[object"), shown);
  }

  @Test
  void aMisquotationShowsItsWordDiff() {
    type("#/cite", "verify-quote", "the abuse of power or a position of vulnerability");
    driver.findElement(By.id("verify-citation")).sendKeys("FX/PLAN, para. 4");
    driver.findElement(By.id("verify-citation")).submit();
    WebElement diff = shown("#cite-panel .cite-diff");
    assertEquals("of", diff.findElement(By.cssSelector("del")).getText());
    assertTrue(diff.getText().startsWith("the abuse of power or of a position"), diff.getText());
    assertFalse(diff.getText().contains("[object"), diff.getText());
  }

  /**
   * A new check takes the last report down as it starts: left up while the new draft was checked,
   * the old report read as the answer to the text now in the box (and a click on it could land on a
   * link the new report was replacing).
   */
  @Test
  void aNewCheckTakesTheLastReportDownAtOnce() {
    checkDraft("Consistently and strongly condemn trafficking in persons.");
    shown("#check-panel .check-segment");
    WebElement text = driver.findElement(By.id("check-text"));
    text.clear();
    text.sendKeys("Everyone has the right to a nationality.");
    // The answer held back a second, as a large draft's would be: the fixture's came back before
    // the page could be looked at.
    JavascriptExecutor js = driver;
    js.executeScript(
        "const f = window.fetch; window.fetch = (...a) =>"
            + " new Promise(r => setTimeout(r, 1000)).then(() => f(...a));");
    driver.findElement(By.cssSelector("#check-panel .check-submit")).click();
    assertTrue(
        driver.findElements(By.cssSelector("#check-panel .check-segment")).isEmpty(),
        "the last report is still shown");
    shown("#check-panel .check-segment");
  }

  @Test
  void aPrecedentOfTheCheckOpensAsAProvisionOfThePage() {
    checkDraft(
        "Consistently and strongly condemn trafficking in persons, as it constitutes a criminal"
            + " activity violating human dignity.");
    WebElement citation = shown("#check-panel .check-citation");
    String named = citation.getText();
    citation.click();
    wait.until(d -> d.findElement(By.id("provision-hash")).getText().length() == 64);
    assertTrue(driver.getCurrentUrl().contains("/#/p/"), driver.getCurrentUrl());
    assertEquals(named, driver.findElement(By.id("provision-citation")).getText());
  }

  /**
   * The fixture's draft plan is recorded as adopted as its plan of action (as A/64/L.64 is as
   * resolution 64/293): a precedent from it says so beside its status.
   */
  @Test
  void aDraftPrecedentSaysWhatItWasAdoptedAs() {
    checkDraft(
        "Ensure that countries of origin accept their nationals back and guarantee such return is"
            + " conducted with due regard for safety and shall preferably be voluntary.");
    WebElement adopted = shown("#check-panel .check-adopted");
    assertEquals("adopted as FX/PLAN", adopted.getText());
  }

  @Test
  void markupPastedIntoTheCheckAndCitePanelsIsShownAsTextAndNeverRuns() {
    String hostile =
        "<img src=x onerror=\"window.__xss=1\"> See article 3 (a) of the Trafficking Protocol.";
    checkDraft(hostile);
    wait.until(d -> !d.findElements(By.cssSelector("#check-panel .check-segments li")).isEmpty());
    assertTrue(driver.findElement(By.id("check-panel")).getText().contains("<img src=x"));

    type("#/cite", "cite-text", hostile).submit();
    wait.until(d -> d.findElement(By.id("cite-panel")).getText().contains("<img src=x"));

    assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
    assertEquals(
        Boolean.TRUE,
        ((JavascriptExecutor) driver)
            .executeScript(
                "return window.__xss === undefined && document.querySelectorAll('main img, #check-panel img, #cite-panel img').length === 0"));
  }
}
