package dev.attest.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.ingest.InputKind;
import dev.attest.store.AmbiguousSpeakerException;
import dev.attest.store.CorpusStats;
import dev.attest.store.SearchResult;
import dev.attest.store.SpeakerCount;
import dev.attest.store.SpeakerTimeline;
import dev.attest.store.StatementJson;
import dev.attest.store.StatementRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The JSON API (docs/api.md). Reading is open; review writes need a reviewer session and its CSRF token. */
final class ApiRoutes {
    private final Workbench wb;
    private final ObjectMapper mapper;
    private final AnalysisJson analysisJson;
    private final StatementJson statementJson;
    private final ClaimReviewJsonLd jsonLd;
    private final RequestAuth auth;
    private final String openApi = openApiDocument();

    ApiRoutes(Workbench wb) {
        this.wb = wb;
        this.mapper = wb.mapper();
        this.analysisJson = new AnalysisJson(mapper);
        this.statementJson = new StatementJson(mapper);
        this.jsonLd = new ClaimReviewJsonLd(mapper);
        this.auth = new RequestAuth(wb.sessions());
    }

    List<Route> routes() {
        return List.of(
                Route.get("/health", r -> ok(mapper.createObjectNode().put("status", "ok"))),
                Route.get("/api/openapi.json", r -> WebResponse.json(200, openApi)),
                Route.post("/api/analyze", this::analyze),
                Route.post("/api/ingest", this::ingest),
                Route.get("/api/search", this::search),
                Route.get("/api/articles/{ref}", this::article),
                Route.get("/api/speakers", this::speakers),
                Route.get("/api/speakers/{name}", this::speaker),
                Route.get("/api/stats", this::stats),
                Route.post("/api/login", this::login),
                Route.get("/api/session", this::session),
                Route.get("/api/reviews", this::reviews),
                Route.post("/api/reviews", this::createReview),
                Route.get("/api/reviews/{id}", this::review),
                Route.post("/api/reviews/{id}", this::updateReview),
                Route.post("/api/reviews/{id}/publish", r -> reviewAction(r, true)),
                Route.post("/api/reviews/{id}/unpublish", r -> reviewAction(r, false)),
                Route.get("/api/reviews/{id}/claimreview", this::claimReview));
    }

    /** The hand-written OpenAPI document of these routes (a test checks that it lists exactly the registered ones). */
    static String openApiDocument() {
        try (var in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static WebResponse error(ObjectMapper mapper, int status, String message) {
        return WebResponse.json(status, mapper.createObjectNode().put("error", message).toString());
    }

    private WebResponse analyze(WebRequest r) {
        String type = r.contentType();
        boolean html = type.startsWith("text/html");
        if (!html && !type.startsWith("text/plain")) {
            throw new HttpError(415, "send the article as text/plain or text/html");
        }
        if (r.body().length == 0) {
            throw new HttpError(400, "empty body: send the article text");
        }
        AnalyzedArticle a = wb.analysis().analyze("request", r.body(), html);
        return ok(analysisJson.toJson(a.ledger(), a.claims()));
    }

    /** Reviewers only: a JSON {"url"} is fetched, any other body is read as the article(s) its Content-Type names. */
    private WebResponse ingest(WebRequest r) {
        Sessions.Session s = auth.requireReviewer(r, r.headerValue(RequestAuth.CSRF_HEADER));
        IngestReport report;
        if (r.contentType().startsWith("application/json")) {
            String url = text(jsonBody(r), "url");
            if (url == null || url.isBlank()) {
                throw new HttpError(400, "a JSON body must be {\"url\": \"https://...\"}; send articles as text/plain, text/html or application/x-ndjson");
            }
            report = wb.ingest().ingestUrl(url);
        } else {
            InputKind kind = IngestService.kindOf(r.contentType()).orElseThrow(() -> new HttpError(415,
                    "send text/plain, text/html, application/x-ndjson (JSON lines) or application/json {\"url\"}"));
            report = wb.ingest().ingest("ingest-" + s.user(), r.body(), kind);
        }
        return ok(ingestJson(mapper, report));
    }

    static ObjectNode ingestJson(ObjectMapper mapper, IngestReport report) {
        ObjectNode n = mapper.createObjectNode();
        n.put("read", report.articles().size());
        n.put("added", report.count("added"));
        n.put("alreadyStored", report.count("already stored"));
        n.put("copies", report.count("copy"));
        n.put("failed", report.count("failed"));
        ArrayNode arr = n.putArray("articles");
        for (IngestReport.Item item : report.articles()) {
            arr.addObject().put("id", item.id()).put("ref", item.ref()).put("title", item.title()).put("status", item.status());
        }
        ArrayNode problems = n.putArray("problems");
        report.problems().forEach(problems::add);
        return n;
    }

    private WebResponse search(WebRequest r) {
        SearchQuery q = SearchQuery.of(r);
        SearchResult result;
        try {
            result = wb.corpus().search(q.text(), q.filter(), q.paging().end());
        } catch (AmbiguousSpeakerException e) {
            throw new HttpError(400, e.getMessage());
        }
        ObjectNode root = mapper.createObjectNode();
        root.put("total", result.totalMatches());
        root.put("offset", q.paging().offset());
        root.put("limit", q.paging().limit());
        ArrayNode hits = root.putArray("hits");
        q.paging().slice(result.hits()).forEach(h -> hits.add(statementJson.toJson(h)));
        return ok(root);
    }

    private WebResponse article(WebRequest r) {
        String ref = r.pathParam("ref");
        AnalyzedArticle a = StoredArticles.find(wb, ref).orElseThrow(() -> new HttpError(404, "no article " + ref));
        ObjectNode json = analysisJson.toJson(a.ledger(), a.claims());
        json.put("ref", ref);
        json.put("text", a.ledger().article().text());
        return ok(json);
    }

    private WebResponse speakers(WebRequest r) {
        Paging p = Paging.of(r);
        List<SpeakerCount> top = wb.corpus().speakers(p.end());
        ObjectNode root = mapper.createObjectNode();
        root.put("total", wb.corpus().stats().speakers());
        root.put("offset", p.offset());
        root.put("limit", p.limit());
        ArrayNode arr = root.putArray("speakers");
        p.slice(top).forEach(s -> arr.add(speaker(s)));
        return ok(root);
    }

    private ObjectNode speaker(SpeakerCount s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("name", s.name());
        n.put("key", s.key());
        n.put("statements", s.statements());
        ArrayNode aliases = n.putArray("aliases");
        s.aliases().forEach(aliases::add);
        return n;
    }

    private WebResponse speaker(WebRequest r) {
        String name = r.pathParam("name");
        Paging p = Paging.of(r);
        SpeakerTimeline t = SpeakerLookup.timeline(wb.corpus(), name, p.end());
        ObjectNode root = speaker(t.speaker());
        root.put("offset", p.offset());
        root.put("limit", p.limit());
        ArrayNode rows = root.putArray("timeline");
        p.slice(t.statements()).forEach(row -> rows.add(statementJson.toJson(row)));
        return ok(root);
    }

    private WebResponse stats(WebRequest r) {
        CorpusStats s = wb.corpus().stats();
        ObjectNode n = mapper.createObjectNode();
        n.put("articles", s.articles());
        n.put("statements", s.statements());
        n.put("claims", s.claims());
        n.put("speakers", s.speakers());
        n.put("links", s.links());
        n.put("copies", s.copies());
        n.put("reviews", wb.reviews().published().size());
        return ok(n);
    }

    // ---- sessions and reviews ----

    private WebResponse login(WebRequest r) {
        JsonNode body = jsonBody(r);
        String name = body.path("name").asText("");
        char[] password = body.path("password").asText("").toCharArray();
        try {
            String user = wb.accounts().authenticate(name, password).orElseThrow(() -> new HttpError(401, "wrong name or password"));
            Sessions.Session s = wb.sessions().create(user);
            return ok(mapper.createObjectNode().put("user", user).put("csrf", s.csrf()))
                    .withHeader("Set-Cookie", Sessions.cookieHeader(s));
        } finally {
            PasswordHasher.wipe(password);
        }
    }

    private WebResponse session(WebRequest r) {
        Optional<Sessions.Session> s = auth.session(r);
        ObjectNode n = mapper.createObjectNode();
        n.put("user", s.map(Sessions.Session::user).orElse(null));
        n.put("csrf", s.filter(Sessions.Session::loggedIn).map(Sessions.Session::csrf).orElse(null));
        return ok(n);
    }

    private WebResponse reviews(WebRequest r) {
        boolean reviewer = auth.session(r).filter(Sessions.Session::loggedIn).isPresent();
        Paging p = Paging.of(r);
        List<Review> all = reviewer ? wb.reviews().all() : wb.reviews().published();
        ObjectNode root = mapper.createObjectNode();
        root.put("total", all.size());
        root.put("offset", p.offset());
        root.put("limit", p.limit());
        ArrayNode arr = root.putArray("reviews");
        p.slice(all).forEach(rv -> arr.add(reviewJson(rv)));
        return ok(root);
    }

    private WebResponse createReview(WebRequest r) {
        Sessions.Session s = auth.requireReviewer(r, r.headerValue(RequestAuth.CSRF_HEADER));
        Review created = wb.reviews().create(s.user(), draft(jsonBody(r)));
        return WebResponse.json(201, reviewJson(created).toString()).withHeader("Location", "/api/reviews/" + created.id());
    }

    private WebResponse updateReview(WebRequest r) {
        Sessions.Session s = auth.requireReviewer(r, r.headerValue(RequestAuth.CSRF_HEADER));
        return ok(reviewJson(wb.reviews().update(s.user(), r.pathParam("id"), draft(jsonBody(r)))));
    }

    private WebResponse reviewAction(WebRequest r, boolean publish) {
        Sessions.Session s = auth.requireReviewer(r, r.headerValue(RequestAuth.CSRF_HEADER));
        String id = r.pathParam("id");
        return ok(reviewJson(publish ? wb.reviews().publish(s.user(), id) : wb.reviews().unpublish(s.user(), id)));
    }

    private WebResponse review(WebRequest r) {
        return ok(reviewJson(visibleReview(r)));
    }

    private WebResponse claimReview(WebRequest r) {
        Review rv = visibleReview(r);
        if (!rv.isPublished()) {
            throw new HttpError(404, "review " + rv.id() + " is not published");
        }
        return WebResponse.json(200, jsonLd.toJson(rv, wb.publicUrl().get() + "/reviews/" + rv.id()).toString());
    }

    /** Drafts are visible to reviewers only; to everybody else they do not exist. */
    private Review visibleReview(WebRequest r) {
        String id = r.pathParam("id");
        boolean reviewer = auth.session(r).filter(Sessions.Session::loggedIn).isPresent();
        return wb.reviews().find(id).filter(rv -> reviewer || rv.isPublished())
                .orElseThrow(() -> new HttpError(404, "no review " + id));
    }

    private ObjectNode reviewJson(Review rv) {
        ObjectNode n = mapper.valueToTree(rv);
        n.put("rating", rv.rating().label());
        n.put("state", rv.state().name().toLowerCase(java.util.Locale.ROOT));
        return n;
    }

    private ReviewDraft draft(JsonNode body) {
        Rating rating = null;
        if (body.hasNonNull("rating")) {
            rating = Rating.parse(body.get("rating").asText())
                    .orElseThrow(() -> new HttpError(400, "rating must be one of " + ReviewService.ratingLabels()));
        }
        List<String> sources = null;
        if (body.has("sources")) {
            if (!body.get("sources").isArray()) {
                throw new HttpError(400, "sources must be an array of URLs");
            }
            sources = new ArrayList<>();
            for (JsonNode s : body.get("sources")) {
                sources.add(s.asText());
            }
        }
        return new ReviewDraft(text(body, "claim"), text(body, "statement"), rating, text(body, "explanation"), sources);
    }

    private static String text(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new HttpError(400, field + " must be a string");
        }
        return v.asText();
    }

    /** Only application/json: a cross-site HTML form cannot send it without a CORS preflight, which we never allow. */
    private JsonNode jsonBody(WebRequest r) {
        if (!r.contentType().startsWith("application/json")) {
            throw new HttpError(415, "send JSON (Content-Type: application/json)");
        }
        try {
            JsonNode node = mapper.readTree(r.body());
            if (node == null || !node.isObject()) {
                throw new HttpError(400, "malformed JSON: expected an object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new HttpError(400, "malformed JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new HttpError(400, "malformed JSON");
        }
    }

    private WebResponse ok(JsonNode json) {
        return WebResponse.json(200, json.toString());
    }
}
