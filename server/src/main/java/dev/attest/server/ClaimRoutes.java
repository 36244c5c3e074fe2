package dev.attest.server;

import static dev.attest.server.Html.escape;
import static dev.attest.server.Html.urlPart;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.store.AmbiguousSpeakerException;
import dev.attest.store.ClaimAppearance;
import dev.attest.store.ClaimDetail;
import dev.attest.store.ClaimFilter;
import dev.attest.store.ClaimJson;
import dev.attest.store.ClaimLinkThresholds;
import dev.attest.store.ClaimRow;
import dev.attest.store.StoredDispute;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Claims in the store, for the API ({@code /api/claims}, {@code /api/claims/{ref}}) and the pages ({@code /claims},
 * {@code /claims/{ref}}): a claim with what its own article says against it, its appearances in other outlets with
 * their stance, and the reviews written about it.
 */
final class ClaimRoutes {
    /** {@code <16 hex digits>:c<n>}; anything else is answered 404 without a store lookup. */
    private static final Pattern CLAIM_REF = Pattern.compile("[0-9a-f]{16}:c[0-9]{1,6}");
    private static final int MAX_APPEARANCES = 50;

    private final Workbench wb;
    private final ObjectMapper mapper;
    private final ClaimJson json;
    private final RequestAuth auth;

    ClaimRoutes(Workbench wb) {
        this.wb = wb;
        this.mapper = wb.mapper();
        this.json = new ClaimJson(mapper);
        this.auth = new RequestAuth(wb.sessions());
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/claims", this::listJson),
                Route.get("/api/claims/{ref}", this::claimJson),
                Route.get("/claims", this::listPage),
                Route.get("/claims/{ref}", this::claimPage));
    }

    /** The filters of {@code attest claims}: q, speaker, since, until, outlet, checkworthy, disputed. */
    private ClaimFilter filter(WebRequest r) {
        return new ClaimFilter(r.queryParam("speaker"), date(r, "since"), date(r, "until"), r.queryParam("outlet"),
                SearchQuery.flag(r, "checkworthy"), SearchQuery.flag(r, "disputed"));
    }

    private static LocalDate date(WebRequest r, String name) {
        String v = r.queryParam(name);
        try {
            return v == null || v.isEmpty() ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new HttpError(400, name + " must be a date YYYY-MM-DD");
        }
    }

    private List<ClaimRow> list(WebRequest r, Paging p) {
        String q = r.queryParam("q");
        try {
            return p.slice(wb.corpus().claims(q == null || q.isBlank() ? null : q, filter(r), p.end()));
        } catch (AmbiguousSpeakerException e) {
            throw new HttpError(400, e.getMessage());
        }
    }

    private WebResponse listJson(WebRequest r) {
        Paging p = Paging.of(r);
        List<ClaimRow> rows = list(r, p);
        ObjectNode root = mapper.createObjectNode();
        root.put("offset", p.offset());
        root.put("limit", p.limit());
        ArrayNode arr = root.putArray("claims");
        rows.forEach(c -> arr.add(json.toJson(c)));
        return WebResponse.json(200, root.toString());
    }

    private ClaimDetail find(WebRequest r) {
        String ref = r.pathParam("ref");
        if (ref == null || !CLAIM_REF.matcher(ref).matches()) {
            throw new HttpError(404, "no claim " + ref);
        }
        return wb.corpus().claim(ref, ClaimLinkThresholds.DEFAULT, MAX_APPEARANCES)
                .orElseThrow(() -> new HttpError(404, "no claim " + ref));
    }

    private List<Review> reviewsOf(ClaimDetail d, boolean reviewer) {
        String statementRef = d.claim().statementRef();
        return (reviewer ? wb.reviews().all() : wb.reviews().published()).stream()
                .filter(rv -> d.claim().text().equals(rv.claim()) || (statementRef != null && statementRef.equals(rv.statementRef())))
                .toList();
    }

    private boolean reviewer(WebRequest r) {
        return auth.session(r).filter(Sessions.Session::loggedIn).isPresent();
    }

    private WebResponse claimJson(WebRequest r) {
        ClaimDetail d = find(r);
        ObjectNode n = json.toJson(d);
        ArrayNode reviews = n.putArray("reviews");
        for (Review rv : reviewsOf(d, reviewer(r))) {
            ObjectNode o = reviews.addObject();
            o.put("id", rv.id());
            o.put("rating", rv.rating().label());
            o.put("state", rv.state().name().toLowerCase(Locale.ROOT));
        }
        return WebResponse.json(200, n.toString());
    }

    private String user(WebRequest r) {
        return auth.session(r).map(Sessions.Session::user).orElse(null);
    }

    private WebResponse listPage(WebRequest r) {
        Paging p = Paging.of(r);
        List<ClaimRow> rows = list(r, p);
        boolean checkworthy = SearchQuery.flag(r, "checkworthy");
        boolean disputed = SearchQuery.flag(r, "disputed");
        String q = r.queryParam("q");
        StringBuilder b = new StringBuilder("<h1>Claims</h1>");
        b.append("<form action=\"/claims\" method=\"get\"><input name=\"q\" size=\"40\" aria-label=\"Claim words\" value=\"")
                .append(escape(q == null ? "" : q)).append("\"> <label><input type=\"checkbox\" name=\"checkworthy\" value=\"true\"")
                .append(checkworthy ? " checked" : "").append("> check-worthy</label> <label><input type=\"checkbox\" name=\"disputed\" value=\"true\"")
                .append(disputed ? " checked" : "").append("> disputed</label> <button>Show claims</button></form>");
        b.append(table(rows));
        String base = "/claims?q=" + urlPart(q == null ? "" : q) + (checkworthy ? "&checkworthy=true" : "") + (disputed ? "&disputed=true" : "")
                + "&limit=" + p.limit() + "&offset=";
        if (p.offset() > 0) {
            b.append("<a rel=\"prev\" href=\"").append(escape(base + Math.max(0, p.offset() - p.limit()))).append("\">Previous</a> ");
        }
        if (rows.size() == p.limit()) {
            b.append("<a rel=\"next\" href=\"").append(escape(base + p.end())).append("\">Next</a>");
        }
        return Layout.page(200, "Claims", user(r), b.toString());
    }

    /** A table of claims with links to their pages; the dashboard shows the newest check-worthy and disputed ones with it. */
    static String table(List<ClaimRow> rows) {
        if (rows.isEmpty()) {
            return "<p class=\"muted\">No claims.</p>";
        }
        StringBuilder b = new StringBuilder("<table class=\"claims\"><tr><th>date</th><th>outlet</th><th>speaker</th><th>score</th>"
                + "<th>claim</th></tr>");
        for (ClaimRow c : rows) {
            b.append("<tr><td>").append(c.published() == null ? "-" : c.published()).append("</td><td>")
                    .append(escape(c.outlet() == null ? "-" : c.outlet())).append("</td><td>")
                    .append(escape(c.speaker() == null ? "(the article)" : c.speaker())).append("</td><td>")
                    .append(ArticleView.score(c.checkworthiness())).append(c.disputed() ? " <span class=\"disputed\">disputed</span>" : "")
                    .append("</td><td><a class=\"claim-link\" href=\"/claims/").append(urlPart(c.ref())).append("\">")
                    .append(escape(ArticleView.clip(c.text(), 240))).append("</a></td></tr>");
        }
        return b.append("</table>").toString();
    }

    private WebResponse claimPage(WebRequest r) {
        ClaimDetail d = find(r);
        ClaimRow c = d.claim();
        StringBuilder b = new StringBuilder("<h1 class=\"claim-text\">").append(escape(c.text())).append("</h1><p class=\"muted\">");
        b.append(escape(c.speaker() == null ? "Asserted by the article" : "Said by " + c.speaker())).append(" · ")
                .append(escape(c.outlet() == null ? "-" : c.outlet())).append(" · ")
                .append(c.published() == null ? "undated" : c.published().toString()).append(" · ").append(escape(c.type()))
                .append(" · check-worthiness ").append(ArticleView.score(c.checkworthiness()))
                .append(c.checkworthy() ? " (check-worthy)" : "").append("</p>");
        b.append("<p>In <a href=\"/articles/").append(urlPart(c.articleRef()))
                .append(c.statementId() == null ? "" : "#" + escape(c.statementId())).append("\">")
                .append(escape(c.title() == null ? c.articleRef() : c.title())).append("</a>");
        if (c.url() != null) {
            b.append(" · ").append(Html.externalLink(c.url(), "original"));
        }
        b.append("</p>");
        if (!c.hedges().isEmpty()) {
            b.append("<p>Hedges: ").append(escape(String.join(", ", c.hedges()))).append("</p>");
        }
        b.append("<h2>Disputed by its own article</h2>");
        if (d.disputes().isEmpty()) {
            b.append("<p class=\"muted\">The article does not contest this claim.</p>");
        } else {
            b.append("<ul class=\"disputes\">");
            for (StoredDispute x : d.disputes()) {
                b.append("<li><q>").append(escape(x.evidence())).append("</q> <span class=\"muted\">(cue: ").append(escape(x.cue()))
                        .append(", confidence ").append(ArticleView.score(x.confidence())).append(")</span></li>");
            }
            b.append("</ul>");
        }
        b.append("<h2>Appearances in other articles</h2>");
        if (!d.embedded()) {
            b.append("<p class=\"muted\">Only each article's most check-worthy claims are embedded and linked; this one is not.</p>");
        } else if (d.appearances().isEmpty()) {
            b.append("<p class=\"muted\">No other article in the store carries this claim.</p>");
        } else {
            b.append("<table class=\"appearances\"><tr><th>link</th><th>similarity</th><th>stance</th><th>date</th><th>outlet</th>"
                    + "<th>claim</th></tr>");
            for (ClaimAppearance a : d.appearances()) {
                ClaimRow o = a.claim();
                b.append("<tr><td>").append(escape(a.strength().label())).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.3f", a.similarity())).append("</td><td class=\"stance-")
                        .append(escape(a.stance())).append("\">").append(escape(a.stance())).append("</td><td>")
                        .append(o.published() == null ? "-" : o.published()).append("</td><td>").append(escape(o.outlet() == null ? "-" : o.outlet()))
                        .append("</td><td><a href=\"/claims/").append(urlPart(o.ref())).append("\">").append(escape(ArticleView.clip(o.text(), 240)))
                        .append("</a></td></tr>");
            }
            b.append("</table>");
        }
        b.append("<h2>Reviews</h2>");
        List<Review> reviews = reviewsOf(d, reviewer(r));
        if (reviews.isEmpty()) {
            b.append("<p class=\"muted\">Not reviewed yet.</p>");
        } else {
            b.append("<ul class=\"reviews\">");
            for (Review rv : reviews) {
                b.append("<li><a href=\"/reviews/").append(urlPart(rv.id())).append("\">").append(escape(rv.rating().label())).append("</a> (")
                        .append(escape(rv.state().name().toLowerCase(Locale.ROOT))).append(")</li>");
            }
            b.append("</ul>");
        }
        b.append("<p><a href=\"/reviews/new?claim=").append(urlPart(ArticleView.clip(c.text(), ReviewService.MAX_CLAIM)))
                .append("&amp;statement=").append(urlPart(c.statementRef() == null ? "" : c.statementRef())).append("\">Review this claim</a></p>");
        return Layout.page(200, ArticleView.clip(c.text(), 80), user(r), b.toString());
    }
}
