package dev.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attest.claims.ClaimAnalyzer;
import dev.attest.core.extract.Pipeline;
import dev.attest.store.CorpusStore;
import dev.attest.store.IngestListener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a check but the tool that takes docs/screenshots: the project's examples in a fresh store, pages captured by
 * headless Chromium at 1280x900, some of them as a logged-in reviewer. Runs only when asked:
 * {@code ./mvnw -q -o -B -pl server -am verify -Dsurefire.failIfNoSpecifiedTests=false -Dtest=WorkbenchScreenshots
 * -Dattest.screenshots=$PWD/docs/screenshots}.
 */
class WorkbenchScreenshots {
    @Test
    void captureTheMainPages(@TempDir Path temp) throws Exception {
        String target = System.getProperty("attest.screenshots");
        Assumptions.assumeTrue(target != null && !target.isBlank(), "set -Dattest.screenshots=DIR to take screenshots");
        HeadlessChromium.assumeInstalled();
        Path out = Path.of(target);
        Files.createDirectories(out);
        Path store = temp.resolve("store");
        DemoCorpus.ingest(Path.of(System.getProperty("user.dir")).getParent().resolve("examples"), store, IngestListener.silent());
        new UserAccounts(store).add("demo", "demo-password".toCharArray());
        AnalysisService analysis = new AnalysisService(Pipeline.standard(), ClaimAnalyzer.standard(), WorkbenchServer.DEFAULT_MAX_BODY);
        try (WorkbenchServer server = WorkbenchServer.start(CorpusStore.openReadOnly(store), analysis, "127.0.0.1", 0);
             HeadlessChromium browser = HeadlessChromium.launch(temp.resolve("browser"))) {
            browser.devTools().send("Emulation.setDeviceMetricsOverride", browser.devTools().params().put("width", 1280)
                    .put("height", 900).put("deviceScaleFactor", 1).put("mobile", false));
            String base = server.url();
            String ref = firstArticleRef(base, "corrosion cables Harbor Bridge");

            browser.navigate(base + "/search?q=bridge");
            capture(browser, out.resolve("search.png"));
            browser.navigate(base + "/articles/" + ref);
            capture(browser, out.resolve("article.png"));
            browser.navigate(base + "/claims/" + firstClaimRef(base, "north cable section loss wire"));
            capture(browser, out.resolve("claim.png"));

            browser.navigate(base + "/login");
            browser.type("input[name=name]", "demo");
            browser.type("input[name=password]", "demo-password");
            browser.clickAndWait("main form button");
            browser.navigate(base + "/articles/" + ref);
            browser.clickAndWait("ul.claims a[href*='statement=" + ref + "']");
            browser.select("select[name=rating]", "Mostly false");
            browser.type("textarea[name=explanation]", "The consultant's report found corrosion in three main cables; "
                    + "the city's own inspection has not been published.");
            browser.type("textarea[name=sources]", "https://example.org/consultant-report");
            browser.clickAndWait("main form button");
            capture(browser, out.resolve("review-draft.png"));
            browser.clickAndWait("a.edit");
            capture(browser, out.resolve("review-edit.png"));
            browser.navigate(base + "/ingest");
            capture(browser, out.resolve("ingest.png"));
            browser.navigate(base + "/");
            capture(browser, out.resolve("dashboard.png"));
        }
    }

    private static String firstArticleRef(String base, String query) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String json = http.send(HttpRequest.newBuilder(URI.create(base + "/api/search?q=" + Html.urlPart(query) + "&limit=1")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String ref = new ObjectMapper().readTree(json).path("hits").path(0).path("article").asText();
            assertThat(ref).as(json).matches("[0-9a-f]{16}");
            return ref;
        }
    }

    /** The check-worthy claim best matching {@code query}: the example corpus repeats one across two outlets. */
    private static String firstClaimRef(String base, String query) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            String json = http.send(HttpRequest.newBuilder(URI.create(base + "/api/claims?checkworthy=true&limit=1&q=" + Html.urlPart(query))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String ref = new ObjectMapper().readTree(json).path("claims").path(0).path("ref").asText();
            assertThat(ref).as(json).matches("[0-9a-f]{16}:c[0-9]+");
            return ref;
        }
    }

    private static void capture(HeadlessChromium browser, Path file) throws Exception {
        browser.evaluate("window.scrollTo(0, 0)");
        String png = browser.devTools().send("Page.captureScreenshot", browser.devTools().params().put("format", "png")).path("data").asText();
        Files.write(file, Base64.getDecoder().decode(png));
    }
}
