package dev.attest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.claims.BgeSmallEncoder;
import dev.attest.claims.SentenceEncoder;
import dev.attest.claims.matching.CandidateFinder;
import dev.attest.claims.matching.ClaimEmbeddings;
import dev.attest.claims.matching.ClaimMatchingEvaluator;
import dev.attest.claims.matching.ClaimMatchingReport;
import dev.attest.claims.matching.ClaimMatchingSet;
import dev.attest.claims.matching.Ct20Dataset;
import dev.attest.claims.matching.EmbeddingSpace;
import dev.attest.claims.matching.FusionWeights;
import dev.attest.claims.matching.HybridClaimMatcher;
import dev.attest.claims.matching.LexicalRetriever;
import dev.attest.claims.matching.ClaimReranker;
import dev.attest.claims.matching.RerankerModel;
import dev.attest.claims.matching.RerankerTrainer;
import dev.attest.claims.matching.RerankingClaimMatcher;
import dev.attest.claims.matching.ScoredClaim;
import dev.attest.store.TextIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attest eval claim-matching}: how well the claim matcher finds the verified claim a text repeats, on
 * CheckThat! 2020 task 2. The default matcher is the shipped one (BM25, MiniLM and bge candidates ordered by the trained
 * re-ranker); {@code --matcher hybrid} is the earlier fixed BM25 + cosine mix, whose {@code --tune} grid-searches
 * the lexical weight (run it on train). {@link Train} is {@code attest train claim-matching}.
 */
@Command(
        name = "claim-matching",
        description = {
            "Rank verified claims for each query and score MAP@5 (official measure), MRR and P@1.",
            "reranked (default): BM25, MiniLM and bge top 20 each, ordered by the re-ranker trained on CT20 train;",
            "hybrid: BM25 top 50 re-ranked by a fixed BM25 + MiniLM cosine mix. --tune scores every lexical",
            "weight of the hybrid instead: run it on train, never dev.",
            "Exit codes: 0 success, 1 unreadable data, 2 usage error."},
        mixinStandardHelpOptions = true)
public final class ClaimMatchingCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String DEFAULT_DATA = "../shared/data/claims/checkthat2020-task2-en/v3.0";

    /** Which matcher to score. */
    enum Matcher { reranked, hybrid }

    @Option(names = "--matcher", paramLabel = "reranked|hybrid", defaultValue = "reranked",
            description = "reranked (default, shipped) or hybrid (the fixed BM25 + cosine mix it replaced).")
    Matcher matcher;

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
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try (TextIndex index = index(set)) {
            SentenceEncoder encoder = new SentenceEncoder();
            if (matcher == Matcher.reranked && !tune) { // --tune tunes the hybrid's weight: the re-ranker is trained instead
                RerankingClaimMatcher shipped = new RerankingClaimMatcher(finder(set, index, encoder, new BgeSmallEncoder(), threadCount), ClaimReranker.bundled(set.claims()));
                ClaimMatchingReport r = new ClaimMatchingEvaluator(threadCount).evaluate(shipped::rank, set);
                printReport(out, set, null, r, (System.nanoTime() - start) / 1e9);
                out.flush();
                return CommandLine.ExitCode.OK;
            }
            FusionWeights weights = new FusionWeights(lexicalWeight == null ? FusionWeights.CT20.lexical() : lexicalWeight,
                    candidates == null ? FusionWeights.CT20.candidates() : candidates);
            HybridClaimMatcher hybrid = new HybridClaimMatcher(set.claims(), bm25(index), encoder::encode, weights);
            ClaimMatchingEvaluator evaluator = new ClaimMatchingEvaluator(threadCount);
            if (tune) {
                printTuning(out, set, evaluator.tune(hybrid, set));
            } else {
                printReport(out, set, hybrid.weights(), evaluator.evaluate(hybrid, set), (System.nanoTime() - start) / 1e9);
            }
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    /** An in-memory BM25 index over each claim's wording and fact-check headline. */
    static TextIndex index(ClaimMatchingSet set) {
        return TextIndex.of(set.claims().stream().map(c -> new TextIndex.Entry(c.id(), c.searchableText())).toList());
    }

    /**
     * The shipped first stage: BM25 top 20, MiniLM top 20 and bge top 20 over every claim (all claims embedded up
     * front by both encoders).
     */
    static CandidateFinder finder(ClaimMatchingSet set, TextIndex index, SentenceEncoder encoder, BgeSmallEncoder bge, int threads) {
        EmbeddingSpace minilm = new EmbeddingSpace(ClaimEmbeddings.compute(set.claims(), encoder::encode, threads), encoder::encode);
        EmbeddingSpace retrieval = new EmbeddingSpace(ClaimEmbeddings.computePassages(set.claims(), bge::encode, threads), bge::encodeQuery);
        return new CandidateFinder(bm25(index), minilm, retrieval);
    }

    /** BM25 over each claim's wording and fact-check headline, as a retriever. */
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
            root.put("matcher", matcher.name());
            if (weights != null) {
                root.put("lexical_weight", weights.lexical());
                root.put("candidates", weights.candidates());
            } else {
                root.put("candidates", "bm25 top " + CandidateFinder.BM25_CANDIDATES + " + minilm top " + CandidateFinder.DENSE_CANDIDATES
                        + " + bge top " + CandidateFinder.RETRIEVAL_CANDIDATES);
            }
            root.put("map5", round(r.map5()));
            root.put("mrr", round(r.mrr()));
            root.put("p1", round(r.p1()));
            root.put("candidate_recall", round(r.recall()));
            root.put("seconds", Math.round(seconds * 10) / 10.0);
            out.println(pretty(root));
        } else {
            out.printf(Locale.ROOT, "claim matching, dataset ct20: %s (%d verified claims, %d queries)%n", splitDir, set.claims().size(), r.queries());
            if (weights != null) {
                out.printf(Locale.ROOT, "BM25 top %d re-ranked by %.2f x BM25/best + %.2f x MiniLM cosine%n",
                        weights.candidates(), weights.lexical(), 1 - weights.lexical());
            } else {
                out.printf(Locale.ROOT, "BM25 top %d + MiniLM top %d + bge top %d ordered by the trained re-ranker (%s)%n",
                        CandidateFinder.BM25_CANDIDATES, CandidateFinder.DENSE_CANDIDATES, CandidateFinder.RETRIEVAL_CANDIDATES, RerankerModel.RESOURCE);
            }
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

    /** {@code attest train claim-matching}: rebuilds the re-ranker model from CT20 train. */
    @Command(name = "claim-matching", mixinStandardHelpOptions = true,
            description = {
                "Train the claim-matching re-ranker on CheckThat! 2020 task 2 train: the candidates of",
                "every train tweet (BM25, MiniLM and bge top 20 each) become examples for a listwise",
                "logistic regression over 27 features. Deterministic. Writes claim-reranker.tsv.",
                "Run from the project root; a few minutes on 2 cores, mostly embedding the claims.",
                "Exit codes: 0 written, 1 unreadable data or unwritable output, 2 usage error."})
    public static final class Train implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = DEFAULT_DATA + "/train",
                description = "The train split folder (default: ${DEFAULT-VALUE}).")
        Path splitDir;

        @Option(names = "--claims", paramLabel = "FILE", defaultValue = DEFAULT_DATA + "/verified_claims.docs.tsv",
                description = "verified_claims.docs.tsv (default: ${DEFAULT-VALUE}).")
        Path claimsFile;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = ClaimCommands.DEFAULT_MODEL_DIR,
                description = "Where claim-reranker.tsv goes (default: ${DEFAULT-VALUE}, the copy the build packages).")
        Path out;

        @Option(names = "--threads", description = "Threads for embedding (default: number of processors).")
        Integer threads;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter stdout = spec.commandLine().getOut();
            try {
                if (!Files.isDirectory(out)) {
                    err.println("attest train claim-matching: no such directory: " + out + " (run from the project root or pass --out)");
                    return CommandLine.ExitCode.SOFTWARE;
                }
                ClaimMatchingSet set = Ct20Dataset.load(claimsFile, splitDir);
                int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
                RerankerTrainer.Report r;
                try (TextIndex index = index(set)) {
                    CandidateFinder finder = finder(set, index, new SentenceEncoder(), new BgeSmallEncoder(), threadCount);
                    r = RerankerTrainer.train(set, finder, threadCount, List.of(
                            "claim-matching re-ranker: listwise logistic regression over MatchFeatures",
                            "rebuilt by: ./attest train claim-matching (train split " + splitDir.getFileName() + ", " + set.claims().size() + " verified claims)"));
                }
                Path file = out.resolve(Path.of(RerankerModel.RESOURCE).getFileName().toString());
                Files.writeString(file, r.model().format(), StandardCharsets.UTF_8);
                ClaimMatchingReport cv = r.crossValidated();
                stdout.printf(Locale.ROOT, "%d train queries, %d candidate pairs, candidate recall %.4f%n", r.queries(), r.examples(), r.candidateRecall());
                stdout.printf(Locale.ROOT, "5-fold CV on train: MAP@5 %.4f  MRR %.4f  P@1 %.4f (pointwise fit: MAP@5 %.4f)%n",
                        cv.map5(), cv.mrr(), cv.p1(), r.crossValidatedPointwise().map5());
                r.ablations().forEach((group, a) -> stdout.printf(Locale.ROOT, "5-fold CV on train without the %s: MAP@5 %.4f  MRR %.4f  P@1 %.4f%n",
                        group, a.map5(), a.mrr(), a.p1()));
                stdout.println("wrote " + file + "; rebuild the CLI to use it");
                stdout.flush();
                return CommandLine.ExitCode.OK;
            } catch (IOException e) {
                err.println("attest train claim-matching: cannot read or write " + e.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            } finally {
                err.flush();
            }
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
