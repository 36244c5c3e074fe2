package dev.attest.server;

import static dev.attest.server.Html.escape;
import static dev.attest.server.Html.urlPart;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.core.model.Claim;
import dev.attest.core.model.Statement;
import dev.attest.ingest.InputKind;
import dev.attest.store.AmbiguousSpeakerException;
import dev.attest.store.SearchResult;
import dev.attest.store.SpeakerCount;
import dev.attest.store.SpeakerTimeline;
import dev.attest.store.StatementHit;
import dev.attest.store.StatementRow;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The server-rendered workbench pages. Every dynamic value goes through {@link Html}. */
final class PageRoutes {
    private final Workbench wb;
    private final RequestAuth auth;
    private final ClaimReviewJsonLd jsonLd;
    private final DashboardPage dashboard;

    PageRoutes(Workbench wb) {
        this.wb = wb;
        this.dashboard = new DashboardPage(wb);
        this.auth = new RequestAuth(wb.sessions());
        this.jsonLd = new ClaimReviewJsonLd(wb.mapper());
    }

    List<Route> routes() {
        return List.of(
                Route.get("/", this::dashboard),
                Route.get("/assets/workbench.css", r -> new WebResponse(200, "text/css; charset=utf-8",
                        Layout.CSS.getBytes(StandardCharsets.UTF_8), List.of())),
                Route.get("/search", this::search),
                Route.get("/articles/{ref}", this::article),
                Route.get("/speakers/{name}", this::speaker),
                Route.get("/analyze", this::analyzeForm),
                Route.post("/analyze", this::analyze),
                Route.get("/ingest", this::ingestForm),
                Route.post("/ingest", this::ingest),
                Route.get("/login", this::loginForm),
                Route.post("/login", this::login),
                Route.post("/logout", this::logout),
                Route.get("/reviews", this::reviews),
                Route.get("/reviews/new", this::reviewForm),
                Route.post("/reviews", this::createReview),
                Route.get("/reviews/{id}", this::review),
                Route.get("/reviews/{id}/edit", this::editForm),
                Route.post("/reviews/{id}", this::updateReview),
                Route.post("/reviews/{id}/publish", r -> reviewAction(r, true)),
                Route.post("/reviews/{id}/unpublish", r -> reviewAction(r, false)));
    }

    static WebResponse error(int status, String message) {
        return Layout.page(status, "Error " + status, null, "<h1>Error " + status + "</h1><p class=\"error\">" + escape(message) + "</p>");
    }

    private String user(WebRequest r) {
        return auth.session(r).map(Sessions.Session::user).orElse(null);
    }

    /** The visitor's session, created anonymous when missing, so that a form can carry its CSRF token. */
    private record Visitor(Sessions.Session session, boolean isNew) {
    }

    private Visitor visitor(WebRequest r) {
        Optional<Sessions.Session> s = auth.session(r);
        return s.map(x -> new Visitor(x, false)).orElseGet(() -> new Visitor(wb.sessions().create(null), true));
    }

    private static WebResponse withSession(WebResponse response, Visitor v) {
        return v.isNew() ? response.withHeader("Set-Cookie", Sessions.cookieHeader(v.session())) : response;
    }

    private static String csrfField(Sessions.Session s) {
        return "<input type=\"hidden\" name=\"" + RequestAuth.CSRF_FIELD + "\" value=\"" + escape(s.csrf()) + "\">";
    }

    /** A POST form must come with the CSRF token of the session that showed it. */
    private Sessions.Session requireFormSession(WebRequest r, Map<String, String> form) {
        Sessions.Session s = auth.session(r).orElseThrow(() -> new HttpError(403, "session expired: reload the form"));
        RequestAuth.requireCsrf(s, form.get(RequestAuth.CSRF_FIELD));
        return s;
    }

    private WebResponse dashboard(WebRequest r) {
        return Layout.page(200, "Workbench", user(r), dashboard.render(auth.session(r).filter(Sessions.Session::loggedIn)
                .map(Sessions.Session::user).orElse(null)));
    }

    private WebResponse search(WebRequest r) {
        SearchQuery q = SearchQuery.of(r);
        SearchResult result;
        try {
            result = wb.corpus().search(q.text(), q.filter(), q.paging().end());
        } catch (AmbiguousSpeakerException e) {
            throw new HttpError(400, e.getMessage());
        }
        List<StatementHit> hits = q.paging().slice(result.hits());
        StringBuilder b = new StringBuilder("<h1>Statements matching “").append(escape(q.text())).append("”</h1><p>")
                .append(result.totalMatches()).append(" matches</p>");
        b.append(rows(hits.stream().map(StatementHit::statement).toList()));
        String base = "/search?q=" + urlPart(q.text()) + (q.filter().speaker() == null ? "" : "&speaker=" + urlPart(q.filter().speaker()))
                + "&limit=" + q.paging().limit() + "&offset=";
        if (q.paging().offset() > 0) {
            b.append("<a rel=\"prev\" href=\"").append(escape(base + Math.max(0, q.paging().offset() - q.paging().limit()))).append("\">Previous</a> ");
        }
        if (q.paging().end() < result.totalMatches()) {
            b.append("<a rel=\"next\" href=\"").append(escape(base + q.paging().end())).append("\">Next</a>");
        }
        return Layout.page(200, "Search", user(r), b.toString());
    }

    private static String rows(List<StatementRow> rows) {
        StringBuilder b = new StringBuilder("<table class=\"statements\"><tr><th>date</th><th>outlet</th><th>speaker</th><th>statement</th><th>article</th></tr>");
        for (StatementRow row : rows) {
            b.append("<tr><td>").append(row.published() == null ? "-" : row.published()).append("</td><td>")
                    .append(escape(row.outlet() == null ? "-" : row.outlet())).append("</td><td>");
            if (row.speaker() != null && row.speakerNamed()) {
                b.append("<a href=\"/speakers/").append(urlPart(row.speaker())).append("\">").append(escape(row.speaker())).append("</a>");
            } else {
                b.append(escape(row.speaker() == null ? "?" : row.speaker() + " (unnamed)"));
            }
            b.append("</td><td>").append(escape(ArticleView.clip(row.content(), 300))).append("</td><td><a href=\"/articles/")
                    .append(urlPart(row.articleRef())).append("#").append(escape(row.statementId())).append("\">")
                    .append(escape(row.title() == null ? row.articleRef() : row.title())).append("</a></td></tr>");
        }
        return b.append("</table>").toString();
    }

    private WebResponse article(WebRequest r) {
        String ref = r.pathParam("ref");
        AnalyzedArticle a = StoredArticles.find(wb, ref).orElseThrow(() -> new HttpError(404, "no article " + ref));
        return Layout.page(200, title(a), user(r), articleBody(a, ref));
    }

    private static String title(AnalyzedArticle a) {
        String t = a.ledger().article().title();
        return t == null || t.isBlank() ? a.ledger().article().id() : t;
    }

    private static String articleBody(AnalyzedArticle a, String refOrNull) {
        var article = a.ledger().article();
        StringBuilder b = new StringBuilder("<h1>").append(escape(title(a))).append("</h1><p class=\"muted\">");
        if (article.url() != null) {
            b.append("Source: ").append(Html.externalLink(article.url(), article.url())).append(" · ");
        }
        b.append(article.published() == null ? "undated" : article.published().toString()).append(" · ")
                .append(a.ledger().statements().size()).append(" statements · ").append(a.claims().claims().size()).append(" claims</p>");
        b.append(ArticleView.render(a));
        b.append("<h2>Disputes</h2>").append(ArticleView.disputes(a));
        b.append("<h2>Statements</h2><table class=\"ledger\"><tr><th>id</th><th>speaker</th><th>cue</th><th>channel</th><th>content</th></tr>");
        for (Statement s : a.ledger().statements()) {
            b.append("<tr id=\"").append(escape(s.id())).append("\"><td>").append(escape(s.id())).append("</td><td>");
            if (s.speaker() != null && s.speaker().named()) {
                b.append("<a href=\"/speakers/").append(urlPart(s.speaker().name())).append("\">").append(escape(s.speaker().name())).append("</a>");
            } else {
                b.append(escape(s.speaker() == null ? "?" : s.speaker().name()));
            }
            b.append("</td><td>").append(escape(s.cueText() == null ? "-" : s.cueText())).append("</td><td>")
                    .append(escape(s.channel().label() == null ? "-" : s.channel().label())).append("</td><td>")
                    .append(escape(ArticleView.clip(s.contentText(), 200))).append("</td></tr>");
        }
        b.append("</table><h2>Check-worthy claims</h2><ul class=\"claims\">");
        for (Claim c : a.claims().claims()) {
            if (!c.checkworthy()) {
                continue;
            }
            b.append("<li>").append(escape(c.text())).append(" <span class=\"muted\">(").append(ArticleView.score(c.checkworthiness())).append(")</span>");
            if (refOrNull != null) {
                String statementRef = c.statementId() == null ? "" : refOrNull + ":" + c.statementId();
                b.append(" <a href=\"/claims/").append(urlPart(refOrNull + ":" + c.id())).append("\">Other outlets</a>");
                b.append(" <a href=\"/reviews/new?claim=").append(urlPart(ArticleView.clip(c.text(), ReviewService.MAX_CLAIM)))
                        .append("&amp;statement=").append(urlPart(statementRef)).append("\">Review</a>");
            }
            b.append("</li>");
        }
        return b.append("</ul>").toString();
    }

    private WebResponse speaker(WebRequest r) {
        String name = r.pathParam("name");
        Paging p = Paging.of(r);
        SpeakerTimeline t = SpeakerLookup.timeline(wb.corpus(), name, p.end());
        SpeakerCount who = t.speaker();
        String body = "<h1>" + escape(who.name()) + "</h1><p>" + who.statements() + " statements"
                + (who.aliases().isEmpty() ? "" : " · also written " + escape(String.join(", ", who.aliases()))) + "</p>"
                + "<h2>Timeline (newest first)</h2>" + rows(p.slice(t.statements()));
        return Layout.page(200, who.name(), user(r), body);
    }

    private WebResponse analyzeForm(WebRequest r) {
        Visitor v = visitor(r);
        String body = "<h1>Analyze an article</h1><p>Paste plain text (first line is the title). Nothing is stored.</p>"
                + "<form method=\"post\" action=\"/analyze\">" + csrfField(v.session())
                + "<textarea name=\"text\" aria-label=\"Article text\"></textarea><p><button>Analyze</button></p></form>";
        return withSession(Layout.page(200, "Analyze", v.session().user(), body), v);
    }

    private WebResponse analyze(WebRequest r) {
        Map<String, String> form = r.form();
        Sessions.Session s = requireFormSession(r, form);
        String text = form.getOrDefault("text", "");
        if (text.isBlank()) {
            throw new HttpError(400, "paste the article text first");
        }
        AnalyzedArticle a = wb.analysis().analyze("pasted", text.getBytes(StandardCharsets.UTF_8), false);
        return Layout.page(200, "Analysis", s.user(), articleBody(a, null));
    }

    private Sessions.Session requireReviewer(WebRequest r) {
        return auth.session(r).filter(Sessions.Session::loggedIn).orElseThrow(() -> new HttpError(401, "log in as a reviewer first"));
    }

    private WebResponse ingestForm(WebRequest r) {
        Sessions.Session s = requireReviewer(r);
        return Layout.page(200, "Ingest", s.user(), "<h1>Add articles to the corpus</h1>" + ingestFormBody(s));
    }

    private static String ingestFormBody(Sessions.Session s) {
        return "<form method=\"post\" action=\"/ingest\" class=\"ingest\">" + csrfField(s)
                + "<p><label>URL of a page or an RSS/Atom feed <input name=\"url\" size=\"60\"></label></p>"
                + "<p>or paste <label><select name=\"format\"><option value=\"text\">plain text (first line is the title)</option>"
                + "<option value=\"html\">HTML</option><option value=\"jsonl\">JSON lines (one article object a line)</option></select></label></p>"
                + "<p><textarea name=\"body\" aria-label=\"Articles to ingest\"></textarea></p><p><button>Ingest</button></p></form>";
    }

    private WebResponse ingest(WebRequest r) {
        Map<String, String> form = r.form();
        Sessions.Session s = requireReviewer(r);
        RequestAuth.requireCsrf(s, form.get(RequestAuth.CSRF_FIELD));
        String url = form.getOrDefault("url", "").strip();
        String body = form.getOrDefault("body", "");
        IngestReport report;
        if (!url.isEmpty()) {
            report = wb.ingest().ingestUrl(url);
        } else if (!body.isBlank()) {
            InputKind kind = switch (form.getOrDefault("format", "text")) {
                case "text" -> InputKind.TEXT;
                case "html" -> InputKind.HTML;
                case "jsonl" -> InputKind.JSONL;
                default -> throw new HttpError(400, "format must be text, html or jsonl");
            };
            report = wb.ingest().ingest("ingest-" + s.user(), body.getBytes(StandardCharsets.UTF_8), kind);
        } else {
            throw new HttpError(400, "give a URL or paste the article(s)");
        }
        StringBuilder b = new StringBuilder("<h1>Ingested</h1><p class=\"counts\">").append(report.articles().size()).append(" read · ")
                .append(report.count("added")).append(" added · ").append(report.count("already stored")).append(" already stored · ")
                .append(report.count("copy")).append(" copies · ").append(report.count("failed")).append(" failed</p>");
        b.append("<table class=\"ingested\"><tr><th>article</th><th>status</th></tr>");
        for (IngestReport.Item item : report.articles()) {
            String label = escape(item.title() == null || item.title().isBlank() ? item.id() : item.title());
            b.append("<tr><td>").append(item.status().equals("failed") || item.status().equals("copy") ? label
                    : "<a href=\"/articles/" + urlPart(item.ref()) + "\">" + label + "</a>").append("</td><td>")
                    .append(escape(item.status())).append("</td></tr>");
        }
        b.append("</table>");
        if (!report.problems().isEmpty()) {
            b.append("<h2>Problems</h2><ul class=\"problems\">");
            report.problems().forEach(p -> b.append("<li>").append(escape(p)).append("</li>"));
            b.append("</ul>");
        }
        b.append("<h2>More</h2>").append(ingestFormBody(s));
        return Layout.page(200, "Ingested", s.user(), b.toString());
    }

    private WebResponse loginForm(WebRequest r) {
        Visitor v = visitor(r);
        return withSession(Layout.page(200, "Log in", v.session().user(), loginBody(v.session(), null)), v);
    }

    private static String loginBody(Sessions.Session s, String problem) {
        return "<h1>Reviewer login</h1>" + (problem == null ? "" : "<p class=\"error\">" + escape(problem) + "</p>")
                + "<form method=\"post\" action=\"/login\">" + csrfField(s)
                + "<p><label>Name <input name=\"name\" autocomplete=\"username\"></label></p>"
                + "<p><label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\"></label></p>"
                + "<p><button>Log in</button></p></form>";
    }

    private WebResponse login(WebRequest r) {
        Map<String, String> form = r.form();
        Sessions.Session anonymous = requireFormSession(r, form);
        char[] password = form.getOrDefault("password", "").toCharArray();
        try {
            Optional<String> user = wb.accounts().authenticate(form.get("name"), password);
            if (user.isEmpty()) {
                return Layout.page(401, "Log in", null, loginBody(anonymous, "Wrong name or password."));
            }
            wb.sessions().end(anonymous); // a new id after login: a planted session id becomes worthless
            Sessions.Session s = wb.sessions().create(user.get());
            return WebResponse.redirect("/").withHeader("Set-Cookie", Sessions.cookieHeader(s));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private WebResponse logout(WebRequest r) {
        Map<String, String> form = r.form();
        Sessions.Session s = requireFormSession(r, form);
        wb.sessions().end(s);
        return WebResponse.redirect("/").withHeader("Set-Cookie", Sessions.clearCookieHeader());
    }

    private WebResponse reviews(WebRequest r) {
        Optional<Sessions.Session> s = auth.session(r).filter(Sessions.Session::loggedIn);
        List<Review> list = s.isPresent() ? wb.reviews().all() : wb.reviews().published();
        return Layout.page(200, "Reviews", s.map(Sessions.Session::user).orElse(null), "<h1>Reviews</h1>" + DashboardPage.reviewList(list));
    }

    private WebResponse reviewForm(WebRequest r) {
        Sessions.Session s = requireReviewer(r);
        String body = "<h1>New review</h1><form method=\"post\" action=\"/reviews\">" + csrfField(s)
                + "<p><label>Claim<br><textarea name=\"claim\">" + escape(r.queryParam("claim")) + "</textarea></label></p>"
                + "<p><label>Statement ref <input name=\"statement\" value=\"" + escape(r.queryParam("statement")) + "\"></label></p>"
                + reviewFields(null, "", List.of()) + "<p><button>Save draft</button></p></form>";
        return Layout.page(200, "New review", s.user(), body);
    }

    /** Rating, explanation and sources, filled with the current values when editing. */
    private static String reviewFields(Rating current, String explanation, List<String> sources) {
        StringBuilder options = new StringBuilder();
        for (Rating rating : Rating.values()) {
            options.append("<option value=\"").append(escape(rating.label())).append("\"").append(rating == current ? " selected" : "")
                    .append(">").append(escape(rating.label())).append("</option>");
        }
        return "<p><label>Rating <select name=\"rating\">" + options + "</select></label></p>"
                + "<p><label>Explanation<br><textarea name=\"explanation\">" + escape(explanation) + "</textarea></label></p>"
                + "<p><label>Sources (one URL a line)<br><textarea name=\"sources\">" + escape(String.join("\n", sources)) + "</textarea></label></p>";
    }

    private WebResponse editForm(WebRequest r) {
        Sessions.Session s = requireReviewer(r);
        String id = r.pathParam("id");
        Review rv = wb.reviews().find(id).orElseThrow(() -> new HttpError(404, "no review " + id));
        if (rv.isPublished()) {
            throw new HttpError(409, "review " + id + " is published: unpublish it before editing");
        }
        String body = "<h1>Edit review " + escape(rv.id()) + "</h1><form method=\"post\" action=\"/reviews/" + urlPart(rv.id()) + "\">"
                + csrfField(s) + "<p><label>Claim<br><textarea name=\"claim\">" + escape(rv.claim()) + "</textarea></label></p>"
                + reviewFields(rv.rating(), rv.explanation(), rv.sources()) + "<p><button>Save changes</button></p></form>";
        return Layout.page(200, "Edit review " + rv.id(), s.user(), body);
    }

    private WebResponse updateReview(WebRequest r) {
        Map<String, String> form = r.form();
        Sessions.Session s = requireReviewer(r);
        RequestAuth.requireCsrf(s, form.get(RequestAuth.CSRF_FIELD));
        Review rv = wb.reviews().update(s.user(), r.pathParam("id"), new ReviewDraft(form.get("claim"), null, formRating(form),
                form.get("explanation"), formSources(form)));
        return WebResponse.redirect("/reviews/" + urlPart(rv.id()));
    }

    private static Rating formRating(Map<String, String> form) {
        return Rating.parse(form.get("rating")).orElseThrow(() -> new HttpError(400, "rating must be one of " + ReviewService.ratingLabels()));
    }

    private static List<String> formSources(Map<String, String> form) {
        return form.getOrDefault("sources", "").lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private WebResponse createReview(WebRequest r) {
        Map<String, String> form = r.form();
        Sessions.Session s = auth.session(r).filter(Sessions.Session::loggedIn)
                .orElseThrow(() -> new HttpError(401, "log in as a reviewer first"));
        RequestAuth.requireCsrf(s, form.get(RequestAuth.CSRF_FIELD));
        Review created = wb.reviews().create(s.user(), new ReviewDraft(form.get("claim"), form.get("statement"), formRating(form),
                form.get("explanation"), formSources(form)));
        return WebResponse.redirect("/reviews/" + urlPart(created.id()));
    }

    private WebResponse reviewAction(WebRequest r, boolean publish) {
        Map<String, String> form = r.form();
        Sessions.Session s = auth.session(r).filter(Sessions.Session::loggedIn)
                .orElseThrow(() -> new HttpError(401, "log in as a reviewer first"));
        RequestAuth.requireCsrf(s, form.get(RequestAuth.CSRF_FIELD));
        String id = r.pathParam("id");
        Review rv = publish ? wb.reviews().publish(s.user(), id) : wb.reviews().unpublish(s.user(), id);
        return WebResponse.redirect("/reviews/" + urlPart(rv.id()));
    }

    private WebResponse review(WebRequest r) {
        String id = r.pathParam("id");
        Optional<Sessions.Session> reviewer = auth.session(r).filter(Sessions.Session::loggedIn);
        Review rv = wb.reviews().find(id).filter(x -> reviewer.isPresent() || x.isPublished())
                .orElseThrow(() -> new HttpError(404, "no review " + id));
        String head = "";
        if (rv.isPublished()) {
            ObjectNode json = jsonLd.toJson(rv, wb.publicUrl().get() + "/reviews/" + urlPart(rv.id()));
            head = "<script type=\"application/ld+json\">" + jsonLd.forScriptElement(json) + "</script>";
        }
        StringBuilder b = new StringBuilder("<article class=\"review\"><h1>Fact check: ").append(escape(rv.claim())).append("</h1>");
        b.append("<p class=\"rating\">Rating: <b>").append(escape(rv.rating().label())).append("</b></p>");
        if (rv.claimant() != null) {
            b.append("<p>Claimed by ").append(escape(rv.claimant())).append(rv.claimDate() == null ? "" : " on " + escape(rv.claimDate())).append("</p>");
        }
        if (rv.appearance() != null) {
            b.append("<p>Appeared in ").append(Html.externalLink(rv.appearance(), rv.appearance())).append("</p>");
        }
        b.append("<div class=\"explanation\">").append(escape(rv.explanation()).replace("\n", "<br>")).append("</div>");
        if (!rv.sources().isEmpty()) {
            b.append("<h2>Sources</h2><ul>");
            rv.sources().forEach(src -> b.append("<li>").append(Html.externalLink(src, src)).append("</li>"));
            b.append("</ul>");
        }
        b.append("<p class=\"muted\">By ").append(escape(rv.author())).append(" · ").append(rv.state().name().toLowerCase(java.util.Locale.ROOT))
                .append(rv.published() == null ? "" : " · published " + escape(rv.published())).append("</p></article>");
        if (reviewer.isPresent()) {
            String action = rv.isPublished() ? "unpublish" : "publish";
            b.append("<div class=\"actions\">");
            if (!rv.isPublished()) {
                b.append("<a class=\"edit\" href=\"/reviews/").append(urlPart(rv.id())).append("/edit\">Edit</a> ");
            }
            b.append("<form method=\"post\" action=\"/reviews/").append(urlPart(rv.id())).append("/").append(action).append("\">")
                    .append(csrfField(reviewer.get())).append("<button>").append(rv.isPublished() ? "Unpublish" : "Publish").append("</button></form>");
            b.append(rv.isPublished() ? " <span class=\"muted\">Unpublish to edit.</span>" : "").append("</div>");
            b.append("<h2>Audit trail</h2><table class=\"audit\"><tr><th>when</th><th>who</th><th>what</th></tr>");
            for (Review.AuditEntry e : rv.audit()) {
                b.append("<tr><td>").append(escape(e.when())).append("</td><td>").append(escape(e.who())).append("</td><td>")
                        .append(escape(e.action() + (e.detail().isEmpty() ? "" : ": " + e.detail()))).append("</td></tr>");
            }
            b.append("</table>");
        }
        return Layout.page(200, "Review " + rv.id(), reviewer.map(Sessions.Session::user).orElse(null), b.toString(), head);
    }
}
