package dev.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Editing a draft through the pages, unpublishing to edit a published review, and the audit trail of it all. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewEditTest {
    static final String FORM = "application/x-www-form-urlencoded";
    final ObjectMapper mapper = new ObjectMapper();
    TestWorkbench wb;
    String cookie;
    String csrf;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        wb = new TestWorkbench(temp);
        HttpResponse<String> loginForm = wb.get("/login", null);
        HttpResponse<String> login = wb.post("/login", FORM, "csrf=" + Html.urlPart(SecurityTest.csrfOf(loginForm.body()))
                + "&name=alice&password=" + Html.urlPart(TestWorkbench.PASSWORD), SecurityTest.cookie(loginForm), null);
        cookie = SecurityTest.cookie(login);
        csrf = SecurityTest.csrfOf(wb.get("/reviews/new", cookie).body());
    }

    @AfterAll
    void stop() {
        wb.close();
    }

    String createDraft(String claim) throws Exception {
        HttpResponse<String> created = wb.post("/reviews", FORM, "csrf=" + Html.urlPart(csrf) + "&claim=" + Html.urlPart(claim)
                + "&rating=Mixed&explanation=first&sources=" + Html.urlPart("https://example.org/a"), cookie, null);
        assertThat(created.statusCode()).isEqualTo(303);
        return created.headers().firstValue("Location").orElseThrow().substring("/reviews/".length());
    }

    JsonNode review(String id) throws Exception {
        return mapper.readTree(wb.get("/api/reviews/" + id, cookie).body());
    }

    @Test
    void aDraftIsEditedThroughItsFormAndTheAuditTrailNamesTheChanges() throws Exception {
        String id = createDraft("The tunnel costs 3 billion");
        String page = wb.get("/reviews/" + id, cookie).body();
        assertThat(page).contains("href=\"/reviews/" + id + "/edit\"");

        HttpResponse<String> form = wb.get("/reviews/" + id + "/edit", cookie);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<option value=\"Mixed\" selected>").contains(">first</textarea>").contains(">https://example.org/a</textarea>");

        String edit = "csrf=" + Html.urlPart(csrf) + "&claim=" + Html.urlPart("The tunnel costs 3 billion") + "&rating=False"
                + "&explanation=" + Html.urlPart("Audited cost is 5 billion.") + "&sources=" + Html.urlPart("https://example.org/a\nhttps://example.org/audit");
        assertThat(wb.post("/reviews/" + id, FORM, edit.replace(Html.urlPart(csrf), "forged"), cookie, null).statusCode()).isEqualTo(403);
        assertThat(wb.post("/reviews/" + id, FORM, edit, null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> saved = wb.post("/reviews/" + id, FORM, edit, cookie, null);
        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(saved.headers().firstValue("Location")).hasValue("/reviews/" + id);

        JsonNode rv = review(id);
        assertThat(rv.path("rating").asText()).isEqualTo("False");
        assertThat(rv.path("explanation").asText()).isEqualTo("Audited cost is 5 billion.");
        assertThat(rv.path("sources")).extracting(JsonNode::asText).containsExactly("https://example.org/a", "https://example.org/audit");
        assertThat(rv.path("audit")).extracting(a -> a.path("action").asText()).containsExactly("create", "update");
        assertThat(rv.path("audit").get(1).path("detail").asText()).isEqualTo("rating Mixed -> False, explanation, sources");

        String after = wb.get("/reviews/" + id, cookie).body();
        assertThat(after).contains("<table class=\"audit\">").contains("update: rating Mixed -&gt; False, explanation, sources");
    }

    @Test
    void badEditsChangeNothing() throws Exception {
        String id = createDraft("Bus fares double");
        String base = "csrf=" + Html.urlPart(csrf) + "&claim=x";
        assertThat(wb.post("/reviews/" + id, FORM, base + "&rating=Pants", cookie, null).statusCode()).isEqualTo(400);
        assertThat(wb.post("/reviews/" + id, FORM, base + "&rating=False&sources=" + Html.urlPart("javascript:alert(1)"), cookie, null).statusCode())
                .isEqualTo(400);
        assertThat(wb.post("/reviews/r9999", FORM, base + "&rating=False", cookie, null).statusCode()).isEqualTo(404);
        assertThat(wb.get("/reviews/r9999/edit", cookie).statusCode()).isEqualTo(404);
        assertThat(wb.get("/reviews/" + id + "/edit", null).statusCode()).isEqualTo(401);
        JsonNode rv = review(id);
        assertThat(rv.path("claim").asText()).isEqualTo("Bus fares double");
        assertThat(rv.path("audit")).hasSize(1);
    }

    @Test
    void aPublishedReviewIsUnpublishedBeforeItCanBeEdited() throws Exception {
        String id = createDraft("Rents fell 10 percent");
        assertThat(wb.post("/reviews/" + id + "/publish", FORM, "csrf=" + Html.urlPart(csrf), cookie, null).statusCode()).isEqualTo(303);
        assertThat(wb.get("/reviews/" + id, null).statusCode()).isEqualTo(200);
        String published = wb.get("/reviews/" + id, cookie).body();
        assertThat(published).doesNotContain("/edit\"").contains("Unpublish to edit.");
        assertThat(wb.get("/reviews/" + id + "/edit", cookie).statusCode()).isEqualTo(409);
        String edit = "csrf=" + Html.urlPart(csrf) + "&rating=True&explanation=changed";
        assertThat(wb.post("/reviews/" + id, FORM, edit, cookie, null).statusCode()).isEqualTo(409);
        assertThat(wb.post("/api/reviews/" + id, "application/json", "{\"rating\":\"True\"}", wb.login().get(0), null).statusCode())
                .as("no CSRF token: refused before the state is looked at").isEqualTo(403);

        assertThat(wb.post("/reviews/" + id + "/unpublish", FORM, "csrf=" + Html.urlPart(csrf), cookie, null).statusCode()).isEqualTo(303);
        assertThat(wb.get("/reviews/" + id, null).statusCode()).as("a draft again: not public").isEqualTo(404);
        assertThat(wb.post("/reviews/" + id, FORM, edit, cookie, null).statusCode()).isEqualTo(303);
        assertThat(wb.post("/reviews/" + id + "/publish", FORM, "csrf=" + Html.urlPart(csrf), cookie, null).statusCode()).isEqualTo(303);

        JsonNode rv = review(id);
        assertThat(rv.path("rating").asText()).isEqualTo("True");
        assertThat(rv.path("audit")).extracting(a -> a.path("action").asText()).containsExactly("create", "publish", "unpublish", "update", "publish");
        assertThat(rv.path("audit")).extracting(a -> a.path("who").asText()).containsOnly(TestWorkbench.USER);
        String publicPage = wb.get("/reviews/" + id, null).body();
        assertThat(publicPage).contains("Rating: <b>True</b>").doesNotContain("Audit trail");
    }
}
