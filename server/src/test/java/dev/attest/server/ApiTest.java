package dev.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ApiTest extends WorkbenchTestCase {
    JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return mapper.readTree(r.body());
    }

    @Test
    void health() throws Exception {
        HttpResponse<String> r = wb.get("/health", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("status").asText()).isEqualTo("ok");
    }

    @Test
    void analyzeReturnsTheLedgerWithClaimsAndStoresNothing() throws Exception {
        long before = json(wb.get("/api/stats", null)).path("articles").asLong();
        String text = "Bridge Report\n\n\"The bridge is safe and will stay open through winter,\" Mayor Elena Vasquez told reporters on Monday.\n";
        HttpResponse<String> r = wb.post("/api/analyze", "text/plain; charset=utf-8", text, null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode doc = json(r);
        assertThat(doc.path("schema").asText()).isEqualTo("1");
        assertThat(doc.path("statements").size()).isGreaterThanOrEqualTo(1);
        assertThat(doc.path("statements").get(0).path("speaker").path("name").asText()).isEqualTo("Elena Vasquez");
        assertThat(doc.has("claims")).isTrue();
        assertThat(doc.has("disputes")).isTrue();
        assertThat(json(wb.get("/api/stats", null)).path("articles").asLong()).isEqualTo(before);
    }

    @Test
    void analyzeAcceptsHtml() throws Exception {
        String html = "<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1><p>\"The bridge is safe,\" Mayor Elena Vasquez said on Monday.</p></article></body></html>";
        HttpResponse<String> r = wb.post("/api/analyze", "text/html", html, null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("statements").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void analyzeRefusesOversizeBodiesWrongTypesAndEmptyBodies() throws Exception {
        String big = "a".repeat((int) WorkbenchServer.DEFAULT_MAX_BODY + 1);
        HttpResponse<String> r = wb.post("/api/analyze", "text/plain", big, null, null);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).path("error").asText()).contains("larger than");
        assertThat(wb.post("/api/analyze", "application/pdf", "x", null, null).statusCode()).isEqualTo(415);
        HttpResponse<String> empty = wb.post("/api/analyze", "text/plain", "", null, null);
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(json(empty).has("error")).isTrue();
    }

    @Test
    void oversizeChunkedBodyIsRefusedToo() throws Exception {
        byte[] big = new byte[(int) WorkbenchServer.DEFAULT_MAX_BODY + 10];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpRequest req = HttpRequest.newBuilder(URI.create(wb.server.url() + "/api/analyze")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
        assertThat(wb.http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
    }

    @Test
    void searchPaginatesWithTotal() throws Exception {
        JsonNode first = json(wb.get("/api/search?q=bridge&limit=1", null));
        assertThat(first.path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(first.path("hits").size()).isEqualTo(1);
        JsonNode second = json(wb.get("/api/search?q=bridge&limit=1&offset=1", null));
        assertThat(second.path("offset").asInt()).isEqualTo(1);
        assertThat(second.path("hits").get(0).path("ref").asText()).isNotEqualTo(first.path("hits").get(0).path("ref").asText());
        JsonNode beyond = json(wb.get("/api/search?q=bridge&offset=9000", null));
        assertThat(beyond.path("hits").size()).isZero();
    }

    @Test
    void searchFiltersAndBadParameters() throws Exception {
        JsonNode byKind = json(wb.get("/api/search?q=bridge&kind=direct&limit=100", null));
        byKind.path("hits").forEach(h -> assertThat(h.path("kind").asText()).isEqualTo("direct"));
        assertThat(wb.get("/api/search", null).statusCode()).isEqualTo(400);
        assertThat(wb.get("/api/search?q=x&kind=sung", null).statusCode()).isEqualTo(400);
        assertThat(wb.get("/api/search?q=x&since=yesterday", null).statusCode()).isEqualTo(400);
        assertThat(wb.get("/api/search?q=x&limit=0", null).statusCode()).isEqualTo(400);
        assertThat(wb.get("/api/search?q=x&limit=abc", null).statusCode()).isEqualTo(400);
        HttpResponse<String> future = wb.get("/api/search?q=bridge&since=2100-01-01", null);
        assertThat(json(future).path("total").asLong()).isZero();
    }

    @Test
    void articleSpeakersAndStats() throws Exception {
        String ref = wb.hostileRef();
        JsonNode article = json(wb.get("/api/articles/" + ref, null));
        assertThat(article.path("ref").asText()).isEqualTo(ref);
        assertThat(article.path("text").asText()).contains("bridge will stay open");
        assertThat(article.has("claims")).isTrue();
        assertThat(wb.get("/api/articles/0000000000000000", null).statusCode()).isEqualTo(404);
        assertThat(wb.get("/api/articles/not-a-ref", null).statusCode()).isEqualTo(404);

        JsonNode speakers = json(wb.get("/api/speakers?limit=2", null));
        assertThat(speakers.path("speakers").size()).isEqualTo(2);
        assertThat(speakers.path("total").asLong()).isGreaterThanOrEqualTo(2);
        String name = speakers.path("speakers").get(0).path("name").asText();
        JsonNode speaker = json(wb.get("/api/speakers/" + Html.urlPart(name), null));
        assertThat(speaker.path("name").asText()).isEqualTo(name);
        assertThat(speaker.path("timeline").size()).isGreaterThan(0);
        HttpResponse<String> unknown = wb.get("/api/speakers/Nobody%20Atall", null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).path("error").asText()).contains("Nobody Atall");

        JsonNode stats = json(wb.get("/api/stats", null));
        assertThat(stats.path("articles").asLong()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void unknownApiPathIsJson404() throws Exception {
        HttpResponse<String> r = wb.get("/api/nothing-here", null);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(json(r).has("error")).isTrue();
    }
}
