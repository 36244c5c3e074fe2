package dev.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DashboardTest extends WorkbenchTestCase {
    @Test
    void countsAreTheCorpusStatsAndTopSpeakersComeInTheApiOrder() throws Exception {
        JsonNode stats = mapper.readTree(wb.get("/api/stats", null).body());
        String page = wb.get("/", null).body();
        assertThat(page).contains(stats.path("articles").asLong() + " articles · " + stats.path("statements").asLong() + " statements · "
                + stats.path("claims").asLong() + " claims · " + stats.path("speakers").asLong() + " speakers · 0 published reviews");
        assertThat(page).contains("<form action=\"/search\" method=\"get\"><input name=\"q\"");

        List<String> shown = new ArrayList<>();
        Matcher m = Pattern.compile("<tr><td><a href=\"/speakers/[^\"]+\">([^<]+)</a></td><td>(\\d+)</td></tr>").matcher(page);
        while (m.find()) {
            shown.add(m.group(1) + "=" + m.group(2));
        }
        List<String> api = new ArrayList<>();
        for (JsonNode s : mapper.readTree(wb.get("/api/speakers?limit=" + DashboardPage.TOP_SPEAKERS, null).body()).path("speakers")) {
            api.add(Html.escape(s.path("name").asText()) + "=" + s.path("statements").asInt());
        }
        assertThat(shown).isNotEmpty().isEqualTo(api);
    }

    @Test
    void theNewestDisputedAndCheckWorthyClaimsLinkToTheirPages() throws Exception {
        String page = wb.get("/", null).body();
        assertThat(page).contains("<h2>Newest disputed claims</h2>", "<h2>Newest check-worthy claims</h2>");
        JsonNode disputed = mapper.readTree(wb.get("/api/claims?disputed=true&limit=1", null).body()).path("claims");
        assertThat(disputed.size()).isOne();
        assertThat(page).contains("href=\"/claims/" + Html.urlPart(disputed.get(0).path("ref").asText()) + "\"");
        JsonNode checkworthy = mapper.readTree(wb.get("/api/claims?checkworthy=true&limit=1", null).body()).path("claims");
        assertThat(page).contains("href=\"/claims/" + Html.urlPart(checkworthy.get(0).path("ref").asText()) + "\"");
    }

    @Test
    void draftsAreListedForReviewersOnly() throws Exception {
        List<String> s = wb.login();
        var draft = mapper.createObjectNode().put("claim", "Trams <b>carry</b> 2 million people a year").put("rating", "Mixed");
        assertThat(wb.post("/api/reviews", "application/json", draft.toString(), s.get(0), s.get(1)).statusCode()).isEqualTo(201);
        String reviewer = wb.get("/", s.get(0)).body();
        assertThat(reviewer).contains("<h2>Drafts</h2>").contains("Trams &lt;b&gt;carry&lt;/b&gt; 2 million people a year")
                .contains("href=\"/ingest\"");
        String visitor = wb.get("/", null).body();
        assertThat(visitor).doesNotContain("Drafts").doesNotContain("Trams").doesNotContain("href=\"/ingest\"");
    }
}
