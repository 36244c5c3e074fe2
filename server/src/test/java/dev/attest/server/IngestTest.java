package dev.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.attest.claims.ClaimAnalyzer;
import dev.attest.core.extract.Pipeline;
import dev.attest.store.CorpusStore;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/ingest and the /ingest page: reviewers only, every input kind, bad input, URLs and a busy store. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestTest {
    final ObjectMapper mapper = new ObjectMapper();
    TestWorkbench wb;
    List<String> session;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        wb = new TestWorkbench(temp);
        session = wb.login();
    }

    @AfterAll
    void stop() {
        wb.close();
    }

    HttpResponse<String> ingest(String contentType, String body) throws Exception {
        return wb.post("/api/ingest", contentType, body, session.get(0), session.get(1));
    }

    JsonNode ok(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return mapper.readTree(r.body());
    }

    long articles() throws Exception {
        return mapper.readTree(wb.get("/api/stats", null).body()).path("articles").asLong();
    }

    @Test
    void onlyALoggedInReviewerWithTheCsrfTokenMayIngest() throws Exception {
        long before = articles();
        String text = "Tram report\n\n\"The tram will run at night,\" Mayor Elena Vasquez said.";
        assertThat(wb.post("/api/ingest", "text/plain", text, null, null).statusCode()).isEqualTo(401);
        assertThat(wb.post("/api/ingest", "text/plain", text, session.get(0), null).statusCode()).isEqualTo(403);
        assertThat(wb.post("/api/ingest", "text/plain", text, session.get(0), "forged").statusCode()).isEqualTo(403);
        // a visitor's anonymous form session has a CSRF token but is no reviewer
        HttpResponse<String> form = wb.get("/analyze", null);
        String anonymous = SecurityTest.cookie(form);
        assertThat(wb.post("/api/ingest", "text/plain", text, anonymous, SecurityTest.csrfOf(form.body())).statusCode()).isEqualTo(401);
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void plainTextIsStoredSearchableAndNotStoredTwice() throws Exception {
        long before = articles();
        String text = "Harbour dredging\n\n\"Dredging the harbour will cost 12 million dollars,\" Port Director Ana Ruiz said on Friday.";
        JsonNode report = ok(ingest("text/plain; charset=utf-8", text));
        assertThat(report.path("read").asInt()).isEqualTo(1);
        assertThat(report.path("added").asInt()).isEqualTo(1);
        JsonNode item = report.path("articles").get(0);
        assertThat(item.path("status").asText()).isEqualTo("added");
        assertThat(item.path("title").asText()).isEqualTo("Harbour dredging");
        String ref = item.path("ref").asText();
        assertThat(ref).matches("[0-9a-f]{16}");

        assertThat(articles()).isEqualTo(before + 1);
        JsonNode article = mapper.readTree(wb.get("/api/articles/" + ref, null).body());
        assertThat(article.path("statements").get(0).path("speaker").path("name").asText()).isEqualTo("Ana Ruiz");
        assertThat(wb.search("dredging harbour")).isGreaterThan(0);

        JsonNode again = ok(ingest("text/plain", text));
        assertThat(again.path("added").asInt()).isZero();
        assertThat(again.path("alreadyStored").asInt()).isEqualTo(1);
        assertThat(articles()).isEqualTo(before + 1);
    }

    @Test
    void jsonLinesStoreEveryGoodRecordAndReportTheBadOnes() throws Exception {
        String jsonl = "{\"id\":\"j-1\",\"url\":\"https://news.example.org/a\",\"title\":\"Schools\",\"text\":\"\\\"Schools reopen on Monday,\\\" Minister Paul Brandt said.\"}\n"
                + "{not json\n"
                + "{\"id\":\"j-2\",\"url\":\"https://news.example.org/b\",\"title\":\"Water\",\"text\":\"\\\"Water prices rise by 4 percent,\\\" Mayor Elena Vasquez said.\"}\n";
        JsonNode report = ok(ingest("application/x-ndjson", jsonl));
        assertThat(report.path("added").asInt()).isEqualTo(2);
        assertThat(report.path("articles")).extracting(a -> a.path("id").asText()).containsExactly("j-1", "j-2");
        assertThat(report.path("problems")).hasSize(1);
        assertThat(report.path("problems").get(0).asText()).contains("2");
    }

    @Test
    void htmlIsStoredFromItsMainContent() throws Exception {
        String html = "<html><head><title>Rail</title></head><body><nav>Home</nav><article><h1>Rail strike</h1>"
                + "<p>\"The rail strike ends on Sunday,\" union leader Maria Lopez said on Thursday.</p></article></body></html>";
        JsonNode report = ok(ingest("text/html", html));
        assertThat(report.path("added").asInt()).isEqualTo(1);
        String ref = report.path("articles").get(0).path("ref").asText();
        assertThat(mapper.readTree(wb.get("/api/articles/" + ref, null).body()).path("text").asText()).contains("rail strike ends").doesNotContain("<p>");
    }

    @Test
    void badInputIsRefusedWithAOneLineError() throws Exception {
        long before = articles();
        assertError(ingest("application/json", "{not json"), 400, "malformed JSON");
        assertError(ingest("application/json", "{\"text\":\"x\"}"), 400, "url");
        assertError(ingest("application/json", ""), 400, "malformed JSON");
        assertError(ingest("text/plain", ""), 400, "empty");
        assertError(ingest("application/x-ndjson", "{not json\n[1,2]\n"), 400, "no valid article line");
        assertError(ingest("application/pdf", "%PDF-1.4"), 415, "text/plain");
        assertError(ingest("text/plain", "a".repeat((int) WorkbenchServer.DEFAULT_MAX_BODY + 1)), 413, "larger than");

        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create(wb.server.url() + "/api/ingest")).header("Content-Type", "text/plain")
                .header("Cookie", session.get(0)).header(RequestAuth.CSRF_HEADER, session.get(1))
                .POST(HttpRequest.BodyPublishers.ofByteArray(binary)).build();
        assertError(wb.http.send(req, HttpResponse.BodyHandlers.ofString()), 400, "binary");
        assertThat(articles()).isEqualTo(before);
    }

    @Test
    void urlsOfLocalOrPrivateHostsAreNotFetched() throws Exception {
        assertError(ingest("application/json", "{\"url\":\"http://127.0.0.1:" + wb.server.port() + "/health\"}"), 400, "local or private");
        assertError(ingest("application/json", "{\"url\":\"http://10.1.2.3/feed\"}"), 400, "local or private");
        assertError(ingest("application/json", "{\"url\":\"javascript:alert(1)\"}"), 400, "http(s)");
        assertError(ingest("application/json", "{\"url\":\"file:///etc/passwd\"}"), 400, "http(s)");
    }

    @Test
    void aPageAtAUrlIsFetchedThroughCheckedRedirectsAndStored() throws Exception {
        HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] page = ("<html><head><title>Budget</title></head><body><article><h1>Budget vote</h1><p>\"The budget passes next week,\" "
                + "Councillor Ben Adler said on Monday.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        site.createContext("/budget.html", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        site.createContext("/moved", ex -> redirect(ex, "/budget.html"));
        site.createContext("/inside", ex -> redirect(ex, "http://127.0.0.1:" + wb.server.port() + "/health"));
        site.createContext("/loop", ex -> redirect(ex, "/loop"));
        site.start();
        String origin = "http://127.0.0.1:" + site.getAddress().getPort();
        AnalysisService analysis = new AnalysisService(Pipeline.standard(), ClaimAnalyzer.standard(), WorkbenchServer.DEFAULT_MAX_BODY);
        // a second server over the same store whose policy lets it fetch from this one local site, and nothing else local
        try (WorkbenchServer local = WorkbenchServer.start(CorpusStore.openReadOnly(wb.store), analysis,
                UrlPolicy.publicHostsAnd("127.0.0.1:" + site.getAddress().getPort()), "127.0.0.1", 0)) {
            TestWorkbench.Client client = new TestWorkbench.Client(wb.http, local.url());
            List<String> s = client.login();
            JsonNode report = ok(client.post("/api/ingest", "application/json", "{\"url\":\"" + origin + "/moved\"}", s.get(0), s.get(1)));
            assertThat(report.path("added").asInt()).isEqualTo(1);
            // like `attest ingest URL`: a page without a canonical link is named by the URL it was fetched from
            assertThat(report.path("articles").get(0).path("id").asText()).isEqualTo(origin + "/budget.html");
            String ref = report.path("articles").get(0).path("ref").asText();
            assertThat(mapper.readTree(wb.get("/api/articles/" + ref, null).body()).path("text").asText()).contains("budget passes next week");

            assertError(client.post("/api/ingest", "application/json", "{\"url\":\"" + origin + "/inside\"}", s.get(0), s.get(1)),
                    400, "local or private");
            assertError(client.post("/api/ingest", "application/json", "{\"url\":\"" + origin + "/loop\"}", s.get(0), s.get(1)),
                    400, "redirects");
            assertError(client.post("/api/ingest", "application/json", "{\"url\":\"" + origin + "/missing\"}", s.get(0), s.get(1)),
                    400, "404");
        } finally {
            site.stop(0);
        }
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String location) throws java.io.IOException {
        ex.getResponseHeaders().add("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    @Test
    void aStoreAnotherProcessWritesIsA409() throws Exception {
        try (CorpusStore writer = CorpusStore.open(wb.store)) {
            assertError(ingest("text/plain", "Busy\n\n\"The store is busy,\" Mayor Elena Vasquez said."), 409, "another process");
        }
    }

    @Test
    void theIngestPageIsForReviewersAndEscapesWhatItStores() throws Exception {
        assertThat(wb.get("/ingest", null).statusCode()).isEqualTo(401);
        HttpResponse<String> loginForm = wb.get("/login", null);
        HttpResponse<String> login = wb.post("/login", "application/x-www-form-urlencoded", "csrf=" + Html.urlPart(SecurityTest.csrfOf(loginForm.body()))
                + "&name=alice&password=" + Html.urlPart(TestWorkbench.PASSWORD), SecurityTest.cookie(loginForm), null);
        String cookie = SecurityTest.cookie(login);
        HttpResponse<String> form = wb.get("/ingest", cookie);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(wb.get("/", cookie).body()).contains("<a href=\"/ingest\">Ingest</a>");
        assertThat(wb.get("/", null).body()).doesNotContain("href=\"/ingest\"");
        String csrf = SecurityTest.csrfOf(form.body());
        String text = "Ferry <script>alert(1)</script> fares\n\n\"Ferry fares fall in March,\" Harbour Master Tom Okafor said.";
        String body = "format=text&body=" + Html.urlPart(text);
        assertThat(wb.post("/ingest", "application/x-www-form-urlencoded", body, cookie, null).statusCode()).isEqualTo(403);
        HttpResponse<String> done = wb.post("/ingest", "application/x-www-form-urlencoded", "csrf=" + Html.urlPart(csrf) + "&" + body, cookie, null);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("1 added").contains("Ferry &lt;script&gt;alert(1)&lt;/script&gt; fares").contains("href=\"/articles/");
        SecurityTest.assertNoInjectedMarkup(done.body());
        assertThat(wb.post("/ingest", "application/x-www-form-urlencoded", "csrf=" + Html.urlPart(csrf) + "&body=", cookie, null).statusCode())
                .isEqualTo(400);
    }

    private void assertError(HttpResponse<String> r, int status, String fragment) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        String error = mapper.readTree(r.body()).path("error").asText();
        assertThat(error).contains(fragment).doesNotContain("\n");
    }
}
