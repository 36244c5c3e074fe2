package dev.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SecurityTest extends WorkbenchTestCase {
    /** No markup from data may survive: no script element, no event handler, no javascript: link. */
    static void assertNoInjectedMarkup(String html) {
        assertThat(html).doesNotContain("<script>").doesNotContain("<img").doesNotContain("onerror=\"")
                .doesNotContain("href=\"javascript:").doesNotContain("document.title='pwned'</script>");
    }

    @Test
    void hostileArticleIsEscapedOnEveryPage() throws Exception {
        String ref = wb.hostileRef();
        HttpResponse<String> article = wb.get("/articles/" + ref, null);
        assertThat(article.statusCode()).isEqualTo(200);
        assertNoInjectedMarkup(article.body());
        assertThat(article.body()).contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;");
        assertThat(article.body()).contains("<mark class=\"stmt spk-");
        assertThat(article.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("default-src 'none'"));
        for (String page : List.of("/", "/search?q=bridge%20winter%20dollars&limit=100", "/speakers/Elena%20Vasquez", "/reviews",
                "/search?q=ferry", "/speakers/" + Html.urlPart(TestWorkbench.HOSTILE_SPEAKER))) {
            HttpResponse<String> r = wb.get(page, null);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertNoInjectedMarkup(r.body());
        }
    }

    @Test
    void userInputIsEscapedInSearchErrorsAndPastedArticles() throws Exception {
        String hostile = "<script>alert(1)</script>\"'><img src=x onerror=alert(1)>";
        HttpResponse<String> search = wb.get("/search?q=" + Html.urlPart(hostile), null);
        assertNoInjectedMarkup(search.body());
        assertThat(search.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&gt;&lt;img");
        HttpResponse<String> notFound = wb.get("/articles/" + Html.urlPart("<script>x</script>"), null);
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertNoInjectedMarkup(notFound.body());

        HttpResponse<String> form = wb.get("/analyze", null);
        String cookie = cookie(form);
        String csrf = csrfOf(form.body());
        HttpResponse<String> analyzed = wb.post("/analyze", "application/x-www-form-urlencoded",
                "csrf=" + Html.urlPart(csrf) + "&text=" + Html.urlPart("Title <b>x</b>\n\n\"" + hostile + " is what we found,\" Mayor Elena Vasquez said."),
                cookie, null);
        assertThat(analyzed.statusCode()).isEqualTo(200);
        assertNoInjectedMarkup(analyzed.body());
        assertThat(analyzed.body()).contains("&lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void postFormsNeedTheirCsrfToken() throws Exception {
        HttpResponse<String> form = wb.get("/analyze", null);
        String cookie = cookie(form);
        assertThat(wb.post("/analyze", "application/x-www-form-urlencoded", "text=hello", cookie, null).statusCode()).isEqualTo(403);
        assertThat(wb.post("/analyze", "application/x-www-form-urlencoded", "csrf=wrong&text=hello", cookie, null).statusCode()).isEqualTo(403);
        assertThat(wb.post("/analyze", "application/x-www-form-urlencoded", "csrf=x&text=hello", null, null).statusCode()).isEqualTo(403);
        assertThat(wb.post("/login", "application/x-www-form-urlencoded", "name=alice&password=x", cookie, null).statusCode()).isEqualTo(403);
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        HttpResponse<String> form = wb.get("/login", null);
        String setCookie = form.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
    }

    @Test
    void formLoginRotatesTheSessionAndRejectsWrongPasswords() throws Exception {
        HttpResponse<String> form = wb.get("/login", null);
        String anonymous = cookie(form);
        String csrf = csrfOf(form.body());
        HttpResponse<String> wrong = wb.post("/login", "application/x-www-form-urlencoded",
                "csrf=" + Html.urlPart(csrf) + "&name=alice&password=wrong", anonymous, null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        HttpResponse<String> ok = wb.post("/login", "application/x-www-form-urlencoded",
                "csrf=" + Html.urlPart(csrf) + "&name=alice&password=" + Html.urlPart(TestWorkbench.PASSWORD), anonymous, null);
        assertThat(ok.statusCode()).isEqualTo(303);
        String loggedIn = cookie(ok);
        assertThat(loggedIn).isNotEqualTo(anonymous);
        assertThat(wb.get("/", loggedIn).body()).contains("Reviewer alice");
        assertThat(wb.get("/", anonymous).body()).doesNotContain("Reviewer alice");
    }

    @Test
    void reviewWritesNeedAReviewerAndCsrf() throws Exception {
        String body = "{\"claim\":\"The bridge costs 40 million dollars\",\"rating\":\"False\"}";
        HttpResponse<String> anonymous = wb.post("/api/reviews", "application/json", body, null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(mapper.readTree(anonymous.body()).path("error").asText()).isNotBlank();
        List<String> session = wb.login();
        assertThat(wb.post("/api/reviews", "application/json", body, session.get(0), null).statusCode()).isEqualTo(403);
        assertThat(wb.post("/api/reviews", "application/json", body, session.get(0), "forged").statusCode()).isEqualTo(403);
        assertThat(wb.post("/api/reviews", "application/json", "{not json", session.get(0), session.get(1)).statusCode()).isEqualTo(400);
        assertThat(wb.post("/api/reviews", "text/plain", body, session.get(0), session.get(1)).statusCode()).isEqualTo(415);
        assertThat(wb.post("/api/reviews", "application/json", "{\"claim\":\"x\",\"rating\":\"Pants on fire\"}", session.get(0), session.get(1))
                .statusCode()).isEqualTo(400);
        assertThat(wb.post("/api/reviews/r999/publish", "application/json", "{}", session.get(0), session.get(1)).statusCode()).isEqualTo(404);
        assertThat(wb.post("/api/login", "application/json", "{\"name\":\"alice\",\"password\":\"nope\"}", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void publishedReviewEmbedsSafeClaimReviewJsonLdAndKeepsAnAuditTrail() throws Exception {
        List<String> s = wb.login();
        String ref = wb.hostileRef();
        JsonNode article = mapper.readTree(wb.get("/api/articles/" + ref, null).body());
        String statementId = article.path("statements").get(0).path("id").asText();
        String hostileClaim = "The bridge </script><!-- <script>document.title='pwned'</script> costs 40 million";
        var draft = mapper.createObjectNode().put("claim", hostileClaim).put("statement", ref + ":" + statementId)
                .put("rating", "Mostly false").put("explanation", "<b>Budget</b> documents say 90 million.");
        draft.putArray("sources").add("https://example.org/budget");
        HttpResponse<String> created = wb.post("/api/reviews", "application/json", draft.toString(), s.get(0), s.get(1));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = mapper.readTree(created.body()).path("id").asText();
        assertThat(wb.get("/api/reviews/" + id, null).statusCode()).as("drafts are not public").isEqualTo(404);
        assertThat(wb.get("/reviews/" + id, null).statusCode()).isEqualTo(404);

        HttpResponse<String> updated = wb.post("/api/reviews/" + id, "application/json", "{\"rating\":\"False\"}", s.get(0), s.get(1));
        assertThat(mapper.readTree(updated.body()).path("rating").asText()).isEqualTo("False");
        HttpResponse<String> published = wb.post("/api/reviews/" + id + "/publish", "application/json", "{}", s.get(0), s.get(1));
        JsonNode review = mapper.readTree(published.body());
        assertThat(review.path("state").asText()).isEqualTo("published");
        assertThat(review.path("audit")).extracting(a -> a.path("action").asText()).containsExactly("create", "update", "publish");
        assertThat(review.path("audit").get(1).path("who").asText()).isEqualTo("alice");
        assertThat(review.path("audit").get(1).path("detail").asText()).contains("Mostly false -> False");

        HttpResponse<String> page = wb.get("/reviews/" + id, null);
        assertThat(page.statusCode()).isEqualTo(200);
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(page.body());
        assertThat(m.find()).isTrue();
        String embedded = m.group(1);
        assertThat(embedded).doesNotContain("</").doesNotContain("<!--").doesNotContain("<");
        JsonNode ld = mapper.readTree(embedded);
        assertThat(ld.path("@type").asText()).isEqualTo("ClaimReview");
        assertThat(ld.path("claimReviewed").asText()).isEqualTo(hostileClaim);
        assertThat(ld.path("author").path("name").asText()).isEqualTo("alice");
        assertThat(ld.path("datePublished").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(ld.path("url").asText()).isEqualTo(wb.server.url() + "/reviews/" + id);
        JsonNode item = ld.path("itemReviewed");
        assertThat(item.path("@type").asText()).isEqualTo("Claim");
        assertThat(item.path("author").path("name").asText()).isNotBlank();
        assertThat(item.path("datePublished").asText()).isEqualTo("2026-11-20");
        assertThat(item.has("appearance")).as("the hostile javascript: URL is never an appearance").isFalse();
        JsonNode rating = ld.path("reviewRating");
        assertThat(rating.path("ratingValue").asInt()).isEqualTo(1);
        assertThat(rating.path("bestRating").asInt()).isEqualTo(5);
        assertThat(rating.path("worstRating").asInt()).isEqualTo(1);
        assertThat(rating.path("alternateName").asText()).isEqualTo("False");
        String outsideJsonLd = page.body().replace(m.group(0), "");
        SecurityTest.assertNoInjectedMarkup(outsideJsonLd);
        assertThat(page.body()).contains("&lt;b&gt;Budget&lt;/b&gt;");

        assertThat(mapper.readTree(wb.get("/api/reviews/" + id + "/claimreview", null).body()).path("claimReviewed").asText()).isEqualTo(hostileClaim);
        String file = Files.readString(wb.store.resolve(ReviewStore.FILE_NAME));
        assertThat(file).contains("\"PUBLISHED\"");
        assertThat(new ReviewStore(wb.store).find(id)).hasValueSatisfying(r -> assertThat(r.isPublished()).isTrue());
        try (var files = Files.list(wb.store)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void reviewThroughTheFormsWithCsrf() throws Exception {
        HttpResponse<String> form = wb.get("/login", null);
        String csrf = csrfOf(form.body());
        HttpResponse<String> login = wb.post("/login", "application/x-www-form-urlencoded",
                "csrf=" + Html.urlPart(csrf) + "&name=alice&password=" + Html.urlPart(TestWorkbench.PASSWORD), cookie(form), null);
        String cookie = cookie(login);
        HttpResponse<String> newForm = wb.get("/reviews/new?claim=" + Html.urlPart("\"><script>x</script>"), cookie);
        assertNoInjectedMarkup(newForm.body());
        String token = csrfOf(newForm.body());
        String body = "csrf=" + Html.urlPart(token) + "&claim=" + Html.urlPart("Repairs cost 90 million dollars") + "&rating=Mixed&explanation=ok&sources=";
        assertThat(wb.post("/reviews", "application/x-www-form-urlencoded", body.replace(token, "bad"), cookie, null).statusCode()).isEqualTo(403);
        HttpResponse<String> created = wb.post("/reviews", "application/x-www-form-urlencoded", body, cookie, null);
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> page = wb.get(location, cookie);
        assertThat(page.body()).contains("Audit trail").contains("create");
        HttpResponse<String> publish = wb.post(location + "/publish", "application/x-www-form-urlencoded", "csrf=" + Html.urlPart(token), cookie, null);
        assertThat(publish.statusCode()).isEqualTo(303);
        assertThat(wb.get(location, null).body()).contains("application/ld+json");
    }

    static String cookie(HttpResponse<String> r) {
        return r.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
    }

    static String csrfOf(String html) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("form has a CSRF field").isTrue();
        return m.group(1);
    }
}
