package dev.attest.server;

import static dev.attest.server.Html.escape;

import dev.attest.core.model.Claim;
import dev.attest.core.model.Dispute;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The article text as HTML with statements highlighted (a colour per speaker, details in the title tooltip),
 * claims underlined with their check-worthiness, and dispute evidence marked. The text is cut at every span
 * boundary and each piece is escaped and wrapped on its own, so overlapping spans never produce broken nesting.
 */
final class ArticleView {
    static final int COLOURS = 8;

    static String render(AnalyzedArticle a) {
        String text = a.ledger().article().text();
        List<Statement> statements = a.ledger().statements();
        List<Claim> claims = a.claims().claims();
        List<Dispute> disputes = a.claims().disputes();
        Map<String, Integer> colours = speakerColours(statements);
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        statements.forEach(s -> addCuts(cuts, s.content(), text.length()));
        claims.forEach(c -> addCuts(cuts, c.span(), text.length()));
        disputes.forEach(d -> addCuts(cuts, d.evidence(), text.length()));
        StringBuilder html = new StringBuilder(text.length() * 2);
        html.append("<div class=\"article-text\">");
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                piece(html, text, from, to, statements, claims, disputes, colours);
            }
            from = to;
        }
        html.append("</div>");
        return html.toString();
    }

    private static void piece(StringBuilder html, String text, int from, int to, List<Statement> statements, List<Claim> claims,
                              List<Dispute> disputes, Map<String, Integer> colours) {
        Statement st = smallest(statements, from, to, Statement::content);
        Claim claim = smallest(claims, from, to, Claim::span);
        Dispute dispute = smallest(disputes, from, to, Dispute::evidence);
        String body = escape(text.substring(from, to));
        if (claim != null) {
            body = "<u class=\"claim" + (claim.checkworthy() ? " checkworthy" : "") + "\" data-claim=\"" + escape(claim.id())
                    + "\" title=\"" + escape(claimTitle(claim)) + "\">" + body + "</u>";
            if (claim.span().end() == to) {
                body += "<sup class=\"score\">" + score(claim.checkworthiness()) + "</sup>";
            }
        }
        if (dispute != null) {
            body = "<span class=\"dispute-evidence\" title=\"" + escape("disputes " + dispute.targetId() + " (cue: " + dispute.cue() + ")")
                    + "\">" + body + "</span>";
        }
        if (st != null) {
            String speaker = st.speaker() == null ? null : st.speaker().name();
            body = "<mark class=\"stmt spk-" + colours.getOrDefault(speaker, COLOURS) + "\" data-statement=\"" + escape(st.id())
                    + "\" title=\"" + escape(statementTitle(st)) + "\">" + body + "</mark>";
        }
        html.append(body);
    }

    static String statementTitle(Statement s) {
        String speaker = s.speaker() == null ? "unattributed" : s.speaker().name() + (s.speaker().named() ? "" : " (unnamed)");
        String confidence = s.speaker() == null ? score(s.provenance().confidence()) : score(s.speaker().attribution().confidence());
        return "speaker: " + speaker + " | cue: " + (s.cueText() == null ? "-" : s.cueText()) + " | channel: "
                + (s.channel().label() == null ? "-" : s.channel().label()) + " | rule: " + s.provenance().rule()
                + (s.speaker() == null ? "" : " / " + s.speaker().attribution().rule()) + " | confidence: " + confidence
                + " | " + s.kind().label() + " " + s.id();
    }

    private static String claimTitle(Claim c) {
        return "claim " + c.id() + " (" + c.type().label() + "): check-worthiness " + score(c.checkworthiness())
                + (c.checkworthy() ? ", check-worthy" : "");
    }

    static String score(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Colours follow the order speakers first speak in, so an article always looks the same. */
    static Map<String, Integer> speakerColours(List<Statement> statements) {
        Map<String, Integer> colours = new HashMap<>();
        for (Statement s : statements) {
            if (s.speaker() != null && !colours.containsKey(s.speaker().name())) {
                colours.put(s.speaker().name(), colours.size() % COLOURS);
            }
        }
        return colours;
    }

    private static void addCuts(TreeSet<Integer> cuts, Span s, int length) {
        cuts.add(Math.max(0, Math.min(length, s.start())));
        cuts.add(Math.max(0, Math.min(length, s.end())));
    }

    private static <T> T smallest(List<T> items, int from, int to, java.util.function.Function<T, Span> span) {
        T best = null;
        int bestLength = Integer.MAX_VALUE;
        for (T item : items) {
            Span s = span.apply(item);
            if (s.start() <= from && s.end() >= to && s.length() < bestLength) {
                best = item;
                bestLength = s.length();
            }
        }
        return best;
    }

    /** Disputes listed beside the text, each with the statement or claim it contests. */
    static String disputes(AnalyzedArticle a) {
        if (a.claims().disputes().isEmpty()) {
            return "<p class=\"muted\">No disputes found in this article.</p>";
        }
        Map<String, String> targets = new HashMap<>();
        a.ledger().statements().forEach(s -> targets.put(s.id(), s.contentText()));
        a.claims().claims().forEach(c -> targets.put(c.id(), c.text()));
        List<String> items = new ArrayList<>();
        for (Dispute d : a.claims().disputes()) {
            items.add("<li class=\"dispute\"><b>" + escape(d.targetId()) + "</b> “" + escape(clip(targets.getOrDefault(d.targetId(), ""), 160))
                    + "” is contested (cue “" + escape(d.cue()) + "”, " + score(d.confidence()) + "): “" + escape(clip(d.evidenceText(), 240)) + "”</li>");
        }
        return "<ul class=\"disputes\">" + String.join("", items) + "</ul>";
    }

    static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
