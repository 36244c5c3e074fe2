package dev.attest.claims;

import dev.attest.core.model.Claim;
import dev.attest.core.model.ClaimType;
import dev.attest.core.model.Dispute;
import dev.attest.core.model.Hedge;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Provenance;
import dev.attest.core.model.Statement;
import dev.attest.core.text.Layout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns an article's ledger into claims (typed, hedged, scored for check-worthiness) and the
 * disputes the article raises against its statements. Build once and share: thread-safe, the
 * MiniLM session and the model weights are loaded at construction.
 *
 * <p>A claim is check-worthy when its score reaches the model's threshold and it is not typed
 * {@link ClaimType#OPINION}: the scorer learned from debate sentences, while exclamations and
 * exhortations ("TURN AROUND!") are rhetoric by construction.
 */
public final class ClaimAnalyzer {
    private final Layout.Builder layouts = new Layout.Builder();
    private final ClaimSplitter splitter = new ClaimSplitter();
    private final ClaimTyper typer = new ClaimTyper();
    private final HedgeFinder hedges = new HedgeFinder();
    private final DisputeFinder disputes = new DisputeFinder();
    private final CheckworthinessScorer scorer;

    public ClaimAnalyzer(CheckworthinessScorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    /** The bundled check-worthiness model with MiniLM. */
    public static ClaimAnalyzer standard() {
        return new ClaimAnalyzer(CheckworthinessScorer.standard());
    }

    public CheckworthinessScorer scorer() {
        return scorer;
    }

    public ClaimAnalysis analyze(Ledger ledger) {
        String text = ledger.article().text();
        Layout layout = layouts.build(text);
        List<ClaimUnit> units = splitter.split(ledger, layout);
        List<String> texts = units.stream().map(u -> u.span().of(text)).toList();
        List<ClaimTyper.Decision> types = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            ClaimUnit u = units.get(i);
            types.add(typer.type(texts.get(i), Word.of(layout.tokensIn(u.span().start(), u.span().end()))));
        }
        // an opinion is never check-worthy, so embedding it to refine its score would be wasted
        CheckworthinessScorer.Scores scores = scorer.scoreAll(texts, i -> types.get(i).type() != ClaimType.OPINION);

        Map<String, List<Hedge>> contextHedges = new HashMap<>();
        Map<String, List<Hedge>> statementHedges = new LinkedHashMap<>();
        for (Statement s : ledger.statements()) {
            contextHedges.put(s.id(), hedges.context(layout, s));
            List<Hedge> all = hedges.ofStatement(layout, s);
            if (!all.isEmpty()) {
                statementHedges.put(s.id(), all);
            }
        }

        List<Claim> claims = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            ClaimUnit u = units.get(i);
            ClaimTyper.Decision type = types.get(i);
            List<Hedge> claimHedges = new ArrayList<>(hedges.inside(layout, u.span()));
            if (u.statement() != null) {
                for (Hedge h : contextHedges.get(u.statement().id())) {
                    if (claimHedges.stream().noneMatch(x -> x.cue().overlaps(h.cue()))) {
                        claimHedges.add(h);
                    }
                }
                claimHedges.sort(java.util.Comparator.comparing(Hedge::cue));
            }
            // Decide on the rounded score so the flag agrees with the number people see.
            double score = round(clamp(scores.values().get(i)));
            boolean checkworthy = score >= scorer.threshold() && type.type() != ClaimType.OPINION;
            Statement st = u.statement();
            String speaker = st == null || st.speaker() == null ? null : st.speaker().name();
            claims.add(new Claim("c" + (i + 1), u.span(), texts.get(i), type.type(), score, checkworthy,
                    st == null ? null : st.id(), speaker, claimHedges,
                    new Provenance(u.rule() + "+type:" + type.rule(), type.confidence())));
        }
        List<Dispute> found = disputes.find(ledger, layout, claims);
        return new ClaimAnalysis(claims, found, statementHedges, scores.embedded());
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
