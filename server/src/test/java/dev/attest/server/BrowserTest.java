package dev.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench in a real headless Chromium, driven over the DevTools protocol (see {@link HeadlessChromium}): a
 * reviewer's whole path from the dashboard to a published ClaimReview, and hostile markup in article text, titles,
 * speaker names, queries and review fields that would set {@code window.attestXss} if any of it ever ran. Skips
 * without /usr/bin/chromium unless ATTEST_REQUIRE_BROWSER=true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    static final String HOSTILE_INPUT = "<script>window.attestXss=1</script><img src=x onerror=\"window.attestXss=1\">";
    final ObjectMapper mapper = new ObjectMapper();
    TestWorkbench wb;
    HeadlessChromium browser;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        HeadlessChromium.assumeInstalled();
        wb = new TestWorkbench(temp.resolve("workbench"));
        browser = HeadlessChromium.launch(temp.resolve("browser"));
    }

    @AfterAll
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (wb != null) {
                wb.close();
            }
        }
    }

    long cspViolationsBefore;

    @BeforeEach
    void loggedOut() {
        browser.clearCookies();
        cspViolationsBefore = cspViolations();
    }

    @Test
    void reviewerSearchesOpensAnArticleLogsInPublishesEditsAndRepublishesAClaimReview() throws Exception {
        browser.navigate(wb.server.url() + "/");
        assertThat(browser.text("h1")).isEqualTo("Workbench");
        assertThat(browser.text("p.counts")).contains("articles").contains("statements");
        assertThat(browser.count("table.speakers a[href^='/speakers/']")).isGreaterThan(0);

        browser.type("main form input[name=q]", "bridge winter dollars");
        browser.clickAndWait("main form button");
        assertThat(browser.location()).contains("/search?q=bridge+winter+dollars");
        String ref = wb.hostileRef();
        String articleLink = "table.statements a[href^='/articles/" + ref + "']";
        assertThat(browser.count(articleLink)).as("the hostile article is among the hits").isGreaterThan(0);

        browser.clickAndWait(articleLink);
        assertThat(browser.location()).contains("/articles/" + ref);
        assertThat(browser.count("div.article-text mark.stmt[data-statement]")).as("statements highlighted").isGreaterThan(0);
        String mark = "div.article-text mark.stmt";
        assertThat(browser.evaluate("document.querySelector('" + mark + "').title").asText()).contains("speaker: Elena Vasquez").contains("cue:");
        assertThat(browser.evaluate("getComputedStyle(document.querySelector('" + mark + "')).backgroundColor").asText())
                .as("the stylesheet colours the highlight").isEqualTo("rgb(255, 224, 138)");
        assertThat(browser.count("div.article-text u.claim")).as("claims underlined").isGreaterThan(0);
        assertNothingRan();

        browser.clickAndWait("header a[href='/login']");
        browser.type("input[name=name]", TestWorkbench.USER);
        browser.type("input[name=password]", TestWorkbench.PASSWORD);
        browser.clickAndWait("main form button");
        assertThat(browser.text("header .who")).isEqualTo("Reviewer " + TestWorkbench.USER);

        browser.navigate(wb.server.url() + "/articles/" + ref);
        browser.clickAndWait("ul.claims a[href*='statement=" + ref + "']");
        assertThat(browser.evaluate("document.querySelector('input[name=statement]').value").asText()).startsWith(ref + ":");
        String claim = browser.evaluate("document.querySelector('textarea[name=claim]').value").asText();
        assertThat(claim).contains("bridge");
        browser.select("select[name=rating]", "Mostly false");
        browser.type("textarea[name=explanation]", "The budget says 90 million. " + HOSTILE_INPUT);
        browser.type("textarea[name=sources]", "https://example.org/budget");
        browser.clickAndWait("main form button");
        assertThat(browser.location()).matches(".*/reviews/r\\d+$");
        String reviewUrl = browser.location();
        assertThat(browser.text("p.rating")).contains("Mostly false");
        assertThat(browser.text("table.audit")).contains("create");
        assertNothingRan();

        browser.clickAndWait("form[action$='/publish'] button");
        assertThat(browser.text("table.audit")).contains("publish");
        assertThat(browser.count("a.edit")).as("a published review is not edited in place").isZero();

        browser.clickAndWait("form[action$='/unpublish'] button");
        browser.clickAndWait("a.edit");
        assertThat(browser.evaluate("document.querySelector('select[name=rating]').value").asText()).isEqualTo("Mostly false");
        browser.select("select[name=rating]", "False");
        browser.type("textarea[name=explanation]", "The audited budget says 90 million. " + HOSTILE_INPUT);
        browser.clickAndWait("main form button");
        assertThat(browser.text("table.audit")).contains("update: rating Mostly false -> False, explanation");
        assertNothingRan();
        browser.clickAndWait("form[action$='/publish'] button");

        browser.clearCookies();
        browser.navigate(reviewUrl);
        assertThat(browser.text("header .who")).isEqualTo("Log in");
        assertThat(browser.count("table.audit")).as("the audit trail is for reviewers").isZero();
        JsonNode ld = mapper.readTree(browser.evaluate("document.querySelector('script[type=\"application/ld+json\"]').textContent").asText());
        assertThat(ld.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(ld.path("url").asText()).isEqualTo(reviewUrl);
        assertThat(ld.path("claimReviewed").asText()).isEqualTo(claim);
        assertThat(ld.path("author").path("name").asText()).isEqualTo(TestWorkbench.USER);
        assertThat(ld.path("itemReviewed").path("author").path("name").asText()).isEqualTo("Elena Vasquez");
        assertThat(ld.path("itemReviewed").path("datePublished").asText()).isEqualTo("2026-11-20");
        assertThat(ld.path("reviewRating").path("ratingValue").asInt()).isEqualTo(1);
        assertThat(ld.path("reviewRating").path("alternateName").asText()).isEqualTo("False");
        assertThat(browser.text("div.explanation")).contains("<script>window.attestXss=1</script>");
        assertNothingRan();
    }

    @Test
    void noMarkupFromArticlesSpeakersQueriesOrPastedTextEverRuns() throws Exception {
        browser.navigate(wb.server.url() + "/articles/" + wb.hostileRef());
        assertThat(browser.title()).contains("<script>document.title='pwned'</script> Mayor").endsWith("· Attest");
        assertNothingRan();

        browser.navigate(wb.server.url() + "/search?q=" + Html.urlPart("ferry hourly " + HOSTILE_INPUT));
        assertThat(browser.evaluate("document.querySelector('table.statements').textContent").asText())
                .as("the hostile speaker name is shown as text").contains(TestWorkbench.HOSTILE_SPEAKER);
        assertNothingRan();

        browser.clickAndWait("table.statements a[href='/speakers/" + Html.urlPart(TestWorkbench.HOSTILE_SPEAKER) + "']");
        assertThat(browser.text("h1")).isEqualTo(TestWorkbench.HOSTILE_SPEAKER);
        assertNothingRan();

        browser.navigate(wb.server.url() + "/analyze");
        browser.type("textarea[name=text]", "Pasted " + HOSTILE_INPUT + "\n\n\"The tunnel " + HOSTILE_INPUT
                + " opens in June,\" Mayor Elena Vasquez said.");
        browser.clickAndWait("main form button");
        assertThat(browser.text("h1")).startsWith("Pasted <script>");
        assertNothingRan();
    }

    @Test
    void theMarkerWouldBeSeenIfAScriptRan() {
        // the control: a page that does run a script sets the marker, so its absence elsewhere means something
        browser.navigate("data:text/html,<title>control</title><script>window.attestXss=1</script>");
        assertThat(browser.evaluate("window.attestXss").asInt()).isEqualTo(1);
    }

    @Test
    void theWorkbenchCspStopsAnInlineScriptAndTheBrowserReportsIt() throws Exception {
        // the second line of defence on its own: a page with the workbench's CSP and an unescaped script
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = "<!DOCTYPE html><title>csp</title><p>x</p><script>window.attestXss=1</script>".getBytes(StandardCharsets.UTF_8);
        site.createContext("/", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.getResponseHeaders().add("Content-Security-Policy", Layout.CSP);
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        site.start();
        try {
            long before = cspViolations();
            browser.navigate("http://127.0.0.1:" + site.getAddress().getPort() + "/");
            assertThat(browser.evaluate("typeof window.attestXss").asText()).isEqualTo("undefined");
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (cspViolations() == before && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(cspViolations()).as("the browser logs the blocked script").isGreaterThan(before);
        } finally {
            site.stop(0);
        }
    }

    private long cspViolations() {
        return browser.devTools().events("Log.entryAdded", e -> e.path("entry").path("text").asText().contains("Content Security Policy")).size();
    }

    /**
     * No script set the marker, the DOM holds no script but the JSON-LD block and no inline event handler or
     * javascript: link, and the browser logged no Content-Security-Policy violation (which it would if escaping had
     * failed and the CSP had to stop a script).
     */
    private void assertNothingRan() {
        String where = browser.location();
        assertThat(browser.evaluate("typeof window.attestXss").asText()).as("marker on " + where).isEqualTo("undefined");
        assertThat(browser.title()).as("title on " + where).isNotEqualTo("pwned");
        assertThat(browser.count("script:not([type='application/ld+json'])")).as("scripts on " + where).isZero();
        assertThat(browser.evaluate("[...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length")
                .asInt()).as("event handlers on " + where).isZero();
        assertThat(browser.count("[href^='javascript:' i], [src^='javascript:' i]")).as("javascript: links on " + where).isZero();
        assertThat(browser.count("img")).as("images on " + where).isZero();
        assertThat(cspViolations() - cspViolationsBefore).as("CSP violations on " + where).isZero();
    }
}
