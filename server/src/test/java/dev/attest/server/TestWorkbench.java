package dev.attest.server;

import dev.attest.claims.ClaimAnalyzer;
import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Speaker;
import dev.attest.core.model.Statement;
import dev.attest.store.CorpusStore;
import dev.attest.store.IngestListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A workbench on an ephemeral loopback port over a store holding the examples and one hostile article. */
final class TestWorkbench implements AutoCloseable {
    static final String HOSTILE_TITLE = "<script>document.title='pwned'</script> Mayor \"quoted\" ' <img src=x onerror=alert(1)>";
    static final String HOSTILE_SPEAKER = "Tom <img src=x onerror=\"window.attestXss=1\"><script>window.attestXss=1</script> Okafor";
    static final String HOSTILE_URL = "javascript:alert(1)";
    static final String USER = "alice";
    static final String PASSWORD = "correct horse battery";
    final Path store;
    final WorkbenchServer server;
    final HttpClient http = HttpClient.newHttpClient();

    TestWorkbench(Path tempDir) throws IOException {
        Path input = tempDir.resolve("input");
        Files.createDirectories(input);
        Path examples = Path.of(System.getProperty("user.dir")).getParent().resolve("examples");
        try (var files = Files.list(examples)) {
            for (Path f : files.toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        Files.writeString(input.resolve("hostile.jsonl"), hostileRecord() + "\n");
        store = tempDir.resolve("store");
        DemoCorpus.ingest(input, store, IngestListener.silent());
        addHostileSpeaker(store);
        new UserAccounts(store).add(USER, PASSWORD.toCharArray());
        AnalysisService analysis = new AnalysisService(Pipeline.standard(), ClaimAnalyzer.standard(), WorkbenchServer.DEFAULT_MAX_BODY);
        server = WorkbenchServer.start(CorpusStore.openReadOnly(store), analysis, "127.0.0.1", 0);
    }

    /**
     * Markup in a speaker name cannot come out of the extraction, but a store written by another tool (or a future
     * bug) could hold one: this stores an analysed article whose speakers are renamed to {@link #HOSTILE_SPEAKER}.
     */
    private static void addHostileSpeaker(Path store) {
        Article article = new Article("hostile-2", "Ferry report", "Ferry report\n\n\"The ferry will run every hour from May,\" "
                + "Harbour Master Tom Okafor said on Tuesday.", "hostile-2", null, LocalDate.parse("2026-11-21"));
        Ledger ledger = Pipeline.standard().analyze(article);
        List<Statement> renamed = ledger.statements().stream().map(s -> s.speaker() == null ? s
                : new Statement(s.id(), s.kind(), s.content(), s.contentText(), s.cue(), s.cueText(), s.channel(),
                new Speaker(HOSTILE_SPEAKER, true, s.speaker().entityId(), s.speaker().mention(), s.speaker().attribution()),
                s.provenance())).toList();
        if (renamed.stream().noneMatch(s -> s.speaker() != null)) {
            throw new AssertionError("the ferry article lost its speaker: " + ledger.statements());
        }
        try (CorpusStore writable = CorpusStore.open(store)) {
            writable.add(new Ledger(article, renamed, ledger.entities()));
            writable.commit();
        }
    }

    static String hostileRecord() {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var n = mapper.createObjectNode();
        n.put("id", "hostile-1");
        n.put("url", HOSTILE_URL);
        n.put("title", HOSTILE_TITLE);
        n.put("published", "2026-11-20");
        n.put("text", "Mayor Elena Vasquez spoke on Monday.\n"
                + "\"The <script>document.title='pwned';window.attestXss=1</script> bridge will stay open through winter and costs 40 million dollars,\" "
                + "Vasquez told reporters. <img src=x onerror=\"window.attestXss=1\">\n"
                + "Critics said the repairs would cost 90 million dollars, which is not true.");
        return n.toString();
    }

    String hostileRef() throws Exception {
        String json = get("/api/search?q=bridge%20winter%20dollars&limit=50", null).body();
        var hits = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("hits");
        for (var h : hits) {
            if (h.path("article_id").asText().equals("hostile-1")) {
                return h.path("article").asText(h.path("article_ref").asText());
            }
        }
        throw new AssertionError("hostile article not found in " + json);
    }

    HttpResponse<String> get(String path, String cookie) throws Exception {
        return client().get(path, cookie);
    }

    HttpResponse<String> post(String path, String contentType, String body, String cookie, String csrfHeader) throws Exception {
        return client().post(path, contentType, body, cookie, csrfHeader);
    }

    /** Logs in through the API; returns {cookie, csrf}. */
    List<String> login() throws Exception {
        return client().login();
    }

    /** How many statements match the query. */
    long search(String query) throws Exception {
        String json = get("/api/search?q=" + Html.urlPart(query), null).body();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).path("total").asLong();
    }

    Client client() {
        return new Client(http, server.url());
    }

    /** Plain HTTP calls against one server's base URL. */
    record Client(HttpClient http, String base) {
        private static final int LARGE_BODY = 64 * 1024;

        HttpResponse<String> get(String path, String cookie) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String contentType, String body, String cookie, String csrfHeader) throws Exception {
            // Large bodies go with Expect: 100-continue, as a careful client sends them: an oversize one is then
            // refused (413) before it is sent. Without it the client may still be writing when the server has
            // answered and closed, and on a loaded machine it sees a reset instead of the 413 (seen once in CI).
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).expectContinue(body.length() > LARGE_BODY)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", contentType);
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            if (csrfHeader != null) {
                b.header(RequestAuth.CSRF_HEADER, csrfHeader);
            }
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Logs in through the API; returns {cookie, csrf}. */
        List<String> login() throws Exception {
            HttpResponse<String> r = post("/api/login", "application/json",
                    "{\"name\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}", null, null);
            if (r.statusCode() != 200) {
                throw new AssertionError("login failed: " + r.statusCode() + " " + r.body());
            }
            String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            String csrf = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("csrf").asText();
            return List.of(cookie, csrf);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
