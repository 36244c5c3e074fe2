package dev.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The stored claims over HTTP: listing with filters, one claim with disputes and cross-outlet appearances, its page. */
class ClaimRoutesTest extends WorkbenchTestCase {
    JsonNode json(HttpResponse<String> r) throws Exception {
        assertThat(r.statusCode()).isEqualTo(200);
        return mapper.readTree(r.body());
    }

    @Test
    void checkWorthyAndDisputedFiltersNarrowTheListing() throws Exception {
        JsonNode all = json(wb.get("/api/claims?limit=100", null)).path("claims");
        JsonNode checkworthy = json(wb.get("/api/claims?checkworthy=true&limit=100", null)).path("claims");
        JsonNode disputed = json(wb.get("/api/claims?disputed=true&limit=100", null)).path("claims");
        assertThat(checkworthy.size()).isPositive().isLessThan(all.size());
        checkworthy.forEach(c -> assertThat(c.path("checkworthy").asBoolean()).isTrue());
        assertThat(disputed.size()).isPositive();
        disputed.forEach(c -> assertThat(c.path("disputed").asBoolean()).isTrue());
        JsonNode words = json(wb.get("/api/claims?q=cable%20wires", null)).path("claims");
        assertThat(words.get(0).path("text").asText()).contains("14 percent");
        assertThat(wb.get("/api/claims?checkworthy=maybe", null).statusCode()).isEqualTo(400);
        assertThat(wb.get("/api/claims?since=soon", null).statusCode()).isEqualTo(400);
        JsonNode search = json(wb.get("/api/search?q=report%20budget&disputed=true&limit=100", null));
        assertThat(search.path("total").asInt()).isPositive()
                .isLessThan(json(wb.get("/api/search?q=report%20budget&limit=100", null)).path("total").asInt());
    }

    @Test
    void aClaimShowsTheSameClaimInAnotherOutletWithItsStance() throws Exception {
        String ref = null;
        for (JsonNode c : json(wb.get("/api/claims?q=north%20cable%20section%20loss&checkworthy=true", null)).path("claims")) {
            if ("wire.example".equals(c.path("outlet").asText()) && c.path("text").asText().contains("14 percent")) {
                ref = c.path("ref").asText();
            }
        }
        assertThat(ref).isNotNull();
        JsonNode detail = json(wb.get("/api/claims/" + ref, null));
        assertThat(detail.path("claim").path("text").asText()).contains("14 percent");
        assertThat(detail.path("appearances")).anySatisfy(a -> {
            assertThat(a.path("text").asText()).contains("14 percent");
            assertThat(a.path("link").asText()).isIn("suggested", "confirmed");
            assertThat(a.path("stance").asText()).isNotBlank();
        });
        HttpResponse<String> page = wb.get("/claims/" + ref, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Appearances in other articles", "14 percent", "Review this claim");
    }

    @Test
    void unknownAndMalformedClaimRefsAre404() throws Exception {
        assertThat(wb.get("/api/claims/0123456789abcdef:c999", null).statusCode()).isEqualTo(404);
        assertThat(wb.get("/api/claims/not-a-ref", null).statusCode()).isEqualTo(404);
        assertThat(wb.get("/claims/not-a-ref", null).statusCode()).isEqualTo(404);
    }

    @Test
    void hostileClaimTextIsEscapedOnTheClaimPages() throws Exception {
        String hostile = wb.hostileRef();
        JsonNode claims = json(wb.get("/api/claims?q=winter%20dollars&limit=100", null)).path("claims");
        String ref = null;
        for (JsonNode c : claims) {
            if (c.path("article_ref").asText().equals(hostile)) {
                ref = c.path("ref").asText();
            }
        }
        assertThat(ref).isNotNull();
        String page = wb.get("/claims/" + ref, null).body();
        assertThat(page).doesNotContain("<script>document", "<img src=x");
        String list = wb.get("/claims?q=winter%20dollars", null).body();
        assertThat(list).doesNotContain("<script>document", "<img src=x").contains("&lt;script&gt;");
    }
}
