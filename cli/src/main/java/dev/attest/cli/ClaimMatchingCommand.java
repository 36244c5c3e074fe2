package dev.attest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.claims.SentenceEncoder;
import dev.attest.claims.matching.ClaimMatchingEvaluator;
import dev.attest.claims.matching.ClaimMatchingReport;
import dev.attest.claims.matching.ClaimMatchingSet;
import dev.attest.claims.matching.Ct20Dataset;
import dev.attest.claims.matching.FusionWeights;
import dev.attest.claims.matching.HybridClaimMatcher;
import dev.attest.claims.matching.LexicalRetriever;
import dev.attest.claims.matching.ScoredClaim;
import dev.attest.store.TextIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attest eval claim-matching}: how well the hybrid BM25 + MiniLM matcher finds the verified claim a text
 * repeats, on CheckThat! 2020 task 2. {@code --tune} grid-searches the lexical weight instead (run it on train).
 */
@Command(
        name = "claim-matching",
        description = {
            "Rank verified claims for each query (BM25 candidates re-ranked by BM25 + MiniLM cosine) and score",
            "MAP@5 (official measure), MRR and P@1. --tune scores every lexical weight instead: run it on train, never dev.",
            "Exit codes: 0 success, 1 unreadable data, 2 usage error."},
        mixinStandardHelpOptions = true)
public final class ClaimMatchingCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    /** The data sets this evaluation reads; picocli rejects any other name as a usage error. */
    enum Dataset { ct20 }

    @Option(names = "--dataset", required = true, paramLabel = "ct20", description = "ct20: CheckThat! 2020 task 2 English")
    Dataset dataset;

    @Option(names = "--claims", required = true, paramLabel = "FILE", description = "verified_claims.docs.tsv")
    Path claimsFile;

    @Parameters(index = "0", paramLabel = "DIR", description = "A split folder with tweets.queries.tsv and tweet-vclaim-pairs.qrels.")
    Path splitDir;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Option(names = "--tune", description = "Score lexical weights 0, 0.05, ..., 1 on this split and report the best.")
    boolean tune;

    @Option(names = "--candidates", paramLabel = "N", description = "BM25 candidates re-ranked per query (default: the tuned value).")
    Integer candidates;

    @Option(names = "--lexical-weight", paramLabel = "W", description = "Weight of BM25 in the fused score, 0..1 (default: the tuned value).")
    Double lexicalWeight;

    @Option(names = "--threads", description = "Threads for embedding queries and claims (default: number of processors).")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ClaimMatchingSet set;
        try {
            set = Ct20Dataset.load(claimsFile, splitDir);
        } catch (IOException e) {
            err.println("attest eval claim-matching: cannot read " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        }
        long start = System.nanoTime();
        try (TextIndex index = TextIndex.of(set.claims().stream().map(c -> new TextIndex.Entry(c.id(), c.searchableText())).toList())) {
            SentenceEncoder encoder = new SentenceEncoder();
            FusionWeights weights = new FusionWeights(lexicalWeight == null ? FusionWeights.CT20.lexical() : lexicalWeight,
                    candidates == null ? FusionWeights.CT20.candidates() : candidates);
            HybridClaimMatcher matcher = new HybridClaimMatcher(set.claims(), bm25(index), encoder::encode, weights);
            ClaimMatchingEvaluator evaluator = new ClaimMatchingEvaluator(threads == null ? Runtime.getRuntime().availableProcessors() : threads);
            if (tune) {
                printTuning(out, set, evaluator.tune(matcher, set));
            } else {
                printReport(out, set, matcher.weights(), evaluator.evaluate(matcher, set), (System.nanoTime() - start) / 1e9);
            }
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    /** BM25 over each claim's wording and fact-check headline. */
    static LexicalRetriever bm25(TextIndex index) {
        return (text, k) -> index.top(text, k).stream().map(h -> new ScoredClaim(h.id(), h.score())).toList();
    }

    private void printReport(PrintWriter out, ClaimMatchingSet set, FusionWeights weights, ClaimMatchingReport r, double seconds) {
        if (json) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("dataset", "ct20");
            root.put("split", splitDir.toString());
            root.put("claims", set.claims().size());
            root.put("queries", r.queries());
            root.put("lexical_weight", weights.lexical());
            root.put("candidates", weights.candidates());
            root.put("map5", round(r.map5()));
            root.put("mrr", round(r.mrr()));
            root.put("p1", round(r.p1()));
            root.put("candidate_recall", round(r.recall()));
            root.put("seconds", Math.round(seconds * 10) / 10.0);
            out.println(pretty(root));
        } else {
            out.printf(Locale.ROOT, "claim matching, dataset ct20: %s (%d verified claims, %d queries)%n", splitDir, set.claims().size(), r.queries());
            out.printf(Locale.ROOT, "BM25 top %d re-ranked by %.2f x BM25/best + %.2f x MiniLM cosine%n",
                    weights.candidates(), weights.lexical(), 1 - weights.lexical());
            out.printf(Locale.ROOT, "MAP@5 %.4f  MRR %.4f  P@1 %.4f  (a relevant claim among the candidates: %.3f)%n",
                    r.map5(), r.mrr(), r.p1(), r.recall());
            out.printf(Locale.ROOT, "%.1f s%n", seconds);
        }
    }

    private void printTuning(PrintWriter out, ClaimMatchingSet set, ClaimMatchingEvaluator.Tuning tuning) {
        if (json) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("dataset", "ct20");
            root.put("split", splitDir.toString());
            root.put("best_lexical_weight", tuning.bestLexical());
            ArrayNode grid = root.putArray("grid");
            for (ClaimMatchingEvaluator.Tuning.Point p : tuning.grid()) {
                ObjectNode n = grid.addObject();
                n.put("lexical_weight", p.lexical());
                n.put("map5", round(p.report().map5()));
                n.put("mrr", round(p.report().mrr()));
                n.put("p1", round(p.report().p1()));
            }
            out.println(pretty(root));
        } else {
            out.printf(Locale.ROOT, "tuning on %s (%d queries): lexical weight -> MAP@5 MRR P@1%n", splitDir, set.queries().size());
            for (ClaimMatchingEvaluator.Tuning.Point p : tuning.grid()) {
                out.printf(Locale.ROOT, "%.2f  %.4f  %.4f  %.4f%n", p.lexical(), p.report().map5(), p.report().mrr(), p.report().p1());
            }
            out.printf(Locale.ROOT, "best lexical weight %.2f%n", tuning.bestLexical());
        }
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    private static String pretty(Object tree) {
        try {
            return MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
