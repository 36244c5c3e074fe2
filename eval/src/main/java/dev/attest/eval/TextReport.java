package dev.attest.eval;

import dev.attest.core.scoring.MatchCriterion;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The human-readable report: one table of P/R/F1 rows, then speaker agreement, then how to read it. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(QuoteReport r) {
        StringBuilder out = new StringBuilder();
        line(out, "Attest quote evaluation: %s (%s)", r.dataset().key(), r.path());
        line(out, "documents %d, gold records %d, predicted statements %d", r.documents(), r.goldRecords(), r.predicted());
        if (r.excludedTotal() > 0) {
            r.excluded().forEach((reason, n) ->
                    line(out, "  %d gold records excluded from span scoring: %s", n, reason));
        } else {
            line(out, "  every gold record has a content span (none excluded)");
        }
        line(out, "speed %.1f articles/s (%.2f s inside the extractor)", r.articlesPerSecond(), r.extractionSeconds());
        out.append('\n');
        line(out, "%-9s %-13s %6s %6s %7s %7s %7s %7s", "what", "match", "gold", "pred", "matched", "P", "R", "F1");
        rows(out, "quote", r.quote(), List.of(MatchCriterion.values()));
        rows(out, "direct", r.direct(), List.of(MatchCriterion.values()));
        rows(out, "indirect", r.indirect(), List.of(MatchCriterion.values()));
        rows(out, "source", r.source(), QuoteReport.SIDE_CRITERIA);
        rows(out, "cue", r.cue(), QuoteReport.SIDE_CRITERIA);
        if (r.speaker() != null) {
            out.append('\n');
            SpeakerTally s = r.speaker();
            line(out, "speaker accuracy         %.3f  (%d of %d matched quotes, normalised full name equal)",
                    s.accuracy(), s.correct(), s.matched());
            line(out, "speaker accuracy lenient %.3f  (%d of %d, same surname)",
                    s.lenientAccuracy(), s.correctLenient(), s.matched());
        }
        out.append('\n').append(EXPLANATION);
        return out.toString();
    }

    private static void rows(StringBuilder out, String what, Map<MatchCriterion, PrfCounts> counts, List<MatchCriterion> criteria) {
        for (MatchCriterion c : criteria) {
            PrfCounts n = counts.get(c);
            // "matched" shows the gold side; it differs from the predicted side only in the direct/indirect rows.
            line(out, "%-9s %-13s %6d %6d %7d %7.3f %7.3f %7.3f",
                    what, c.key(), n.gold(), n.predicted(), n.matchedGold(), n.precision(), n.recall(), n.f1());
        }
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static final String EXPLANATION = """
            How to read this:
              matching   gold and predicted content are paired one-to-one, largest shared character count first,
                         separately for each match criterion; discontinuous gold content is matched by its covering span
              exact      equal spans after trimming whitespace, quotation marks (" \u201c \u201d \u2018 \u2019 ' \u00ab \u00bb)
                         and a trailing comma or period from both
              overlapNN  shared characters / gold span length > 0.NN (the GGT authors' measure), on trimmed spans
              overlapNNsym  shared characters / longer span length > 0.NN, on trimmed spans
              direct     gold content containing a double quotation mark; predictions of kind DIRECT or MIXED
              source/cue on content pairs at overlap30; P over predictions with a speaker mention / cue,
                         R over gold with a source / cue
              speaker    on content pairs at overlap30; names lower-cased, accents folded, punctuation removed,
                         leading titles (Mr, Dr, President, Prime Minister, Sen., ...) stripped; lenient = same last word
              ratios with a zero denominator are reported as 0
            """;
}
