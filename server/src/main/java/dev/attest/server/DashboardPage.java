package dev.attest.server;

import static dev.attest.server.Html.escape;
import static dev.attest.server.Html.urlPart;

import dev.attest.store.ClaimFilter;
import dev.attest.store.CorpusStats;
import dev.attest.store.SpeakerCount;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard at {@code /}: a list of independent sections rendered in order, so a new one (such as the newest
 * claims, see {@link #sections}) is one method and one list entry.
 */
final class DashboardPage {
    static final int TOP_SPEAKERS = 15;
    static final int DRAFTS_SHOWN = 10;
    static final int CLAIMS_SHOWN = 8;

    /** One block of the dashboard for the visitor ({@code reviewerOrNull} is null when not logged in). */
    @FunctionalInterface
    interface Section {
        String html(String reviewerOrNull);
    }

    private final Workbench wb;
    private final List<Section> sections;

    DashboardPage(Workbench wb) {
        this.wb = wb;
        this.sections = List.of(
                this::corpusAndSearch,
                this::newestClaims,
                this::topSpeakers,
                this::reviewerDrafts,
                this::publishedReviews);
    }

    String render(String reviewerOrNull) {
        StringBuilder b = new StringBuilder("<h1>Workbench</h1>");
        for (Section s : sections) {
            b.append(s.html(reviewerOrNull));
        }
        return b.toString();
    }

    private String corpusAndSearch(String reviewer) {
        CorpusStats s = wb.corpus().stats();
        return "<section class=\"corpus\"><p class=\"counts\">" + s.articles() + " articles · " + s.statements() + " statements · "
                + s.claims() + " claims · " + s.speakers() + " speakers · " + wb.reviews().published().size() + " published reviews</p>"
                + "<form action=\"/search\" method=\"get\"><input name=\"q\" size=\"40\" aria-label=\"Search\"> <button>Search statements</button></form>"
                + "</section>";
    }

    /** What a fact-checker opens first: claims the articles themselves contest, then the newest check-worthy ones. */
    private String newestClaims(String reviewer) {
        return "<section class=\"newest-claims\"><h2>Newest disputed claims</h2>"
                + ClaimRoutes.table(wb.corpus().claims(null, ClaimFilter.none().withDisputed(true), CLAIMS_SHOWN))
                + "<h2>Newest check-worthy claims</h2>"
                + ClaimRoutes.table(wb.corpus().claims(null, ClaimFilter.none().withCheckworthy(true), CLAIMS_SHOWN))
                + "<p><a href=\"/claims?checkworthy=true\">All check-worthy claims</a></p></section>";
    }

    private String topSpeakers(String reviewer) {
        StringBuilder b = new StringBuilder("<section class=\"top-speakers\"><h2>Top speakers</h2>"
                + "<table class=\"speakers\"><tr><th>speaker</th><th>statements</th></tr>");
        for (SpeakerCount sc : wb.corpus().speakers(TOP_SPEAKERS)) {
            b.append("<tr><td><a href=\"/speakers/").append(urlPart(sc.name())).append("\">").append(escape(sc.name()))
                    .append("</a></td><td>").append(sc.statements()).append("</td></tr>");
        }
        return b.append("</table></section>").toString();
    }

    /** Reviewers see what is waiting for them: drafts, and the way to add articles. */
    private String reviewerDrafts(String reviewer) {
        if (reviewer == null) {
            return "";
        }
        List<Review> drafts = wb.reviews().all().stream().filter(r -> !r.isPublished()).toList();
        StringBuilder b = new StringBuilder("<section class=\"drafts\"><h2>Drafts</h2>");
        if (drafts.isEmpty()) {
            b.append("<p class=\"muted\">No drafts.</p>");
        } else {
            b.append("<ul class=\"reviews\">");
            for (Review rv : drafts.subList(0, Math.min(DRAFTS_SHOWN, drafts.size()))) {
                b.append("<li><a href=\"/reviews/").append(urlPart(rv.id())).append("\">").append(escape(ArticleView.clip(rv.claim(), 140)))
                        .append("</a> — ").append(escape(rv.rating().label())).append(" <span class=\"muted\">(")
                        .append(escape(rv.author())).append(", updated ").append(escape(rv.updated())).append(")</span></li>");
            }
            b.append("</ul>");
            if (drafts.size() > DRAFTS_SHOWN) {
                b.append("<p><a href=\"/reviews\">All ").append(drafts.size()).append(" drafts</a></p>");
            }
        }
        return b.append("<p><a href=\"/reviews/new\">New review</a> · <a href=\"/ingest\">Add articles</a></p></section>").toString();
    }

    private String publishedReviews(String reviewer) {
        return "<section class=\"published\"><h2>Published reviews</h2>" + reviewList(wb.reviews().published()) + "</section>";
    }

    static String reviewList(List<Review> list) {
        if (list.isEmpty()) {
            return "<p class=\"muted\">None yet.</p>";
        }
        StringBuilder b = new StringBuilder("<ul class=\"reviews\">");
        for (Review rv : list) {
            b.append("<li><a href=\"/reviews/").append(urlPart(rv.id())).append("\">").append(escape(ArticleView.clip(rv.claim(), 140)))
                    .append("</a> — <b>").append(escape(rv.rating().label())).append("</b> <span class=\"muted\">(")
                    .append(rv.state().name().toLowerCase(Locale.ROOT)).append(")</span></li>");
        }
        return b.append("</ul>").toString();
    }
}
