package dev.attest.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.claims.BinaryScores;
import dev.attest.claims.CheckworthinessEvaluator;
import dev.attest.claims.CheckworthinessScorer;
import dev.attest.claims.ClaimAnalysis;
import dev.attest.claims.ClaimsBenchmark;
import dev.attest.claims.StoreClaimExtractor;
import dev.attest.claims.SentenceEncoder;
import dev.attest.claims.StanceEvaluator;
import dev.attest.claims.StanceReport;
import dev.attest.claims.Trainer;
import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.InputException;
import dev.attest.ingest.ReaderLimits;
import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.Claim;
import dev.attest.core.model.Dispute;
import dev.attest.core.model.Hedge;
import dev.attest.core.model.Provenance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The commands of the claims module: {@code attest train checkworthiness},
 * {@code attest eval checkworthiness} and {@code attest eval stance}, plus the JSON and table rendering of claims and disputes for
 * {@code attest analyze}. Output goes through the command line's writers so tests can capture it.
 */
public final class ClaimCommands {
    static final String DEFAULT_TRAIN = "../shared/data/claims/checkthat2024-task1-en/CT24_checkworthy_english_train.tsv";
    static final String DEFAULT_MODEL_DIR = "claims/src/main/resources/dev/attest/claims";

    private ClaimCommands() {}

    /** {@code attest train}: rebuilds a model committed in the repository. */
    @Command(name = "train", mixinStandardHelpOptions = true,
            description = "Rebuild a trained model from its training data.",
            subcommands = {TrainCheckworthiness.class, ClaimMatchingCommand.Train.class, TaggerCommands.Train.class, CueEndingsCommand.class})
    public static final class Train implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getErr());
            return CommandLine.ExitCode.USAGE;
        }
    }

    @Command(name = "checkworthiness", mixinStandardHelpOptions = true,
            description = {
                "Train the check-worthiness model (logistic regressions over explicit",
                "features, hashed words and MiniLM embeddings) on the CheckThat! 2024",
                "task 1 train file. Threshold and embedding band are chosen by 5-fold",
                "cross-validation on train. Writes checkworthiness.bin and .json.",
                "Run from the project root; about 1-2 minutes on 2 cores.",
                "Exit codes: 0 written, 1 unreadable data or unwritable output, 2 usage error."})
    public static final class TrainCheckworthiness implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = DEFAULT_TRAIN,
                description = "CT24_checkworthy_english_train.tsv (default: ${DEFAULT-VALUE}).")
        Path file;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_MODEL_DIR,
                description = "Where the model goes (default: ${DEFAULT-VALUE}, the copy the build packages).")
        Path out;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter stdout = spec.commandLine().getOut();
            if (!Files.isRegularFile(file)) {
                err.println("attest train checkworthiness: no such file: " + file + " (run from the project root or pass FILE)");
                return CommandLine.ExitCode.SOFTWARE;
            }
            if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
                err.println("attest train checkworthiness: no such directory: " + out.getParent() + " (run from the project root or pass --out)");
                return CommandLine.ExitCode.SOFTWARE;
            }
            try {
                Trainer.Report r = Trainer.train(file, out, line -> {
                    err.println(line);
                    err.flush();
                });
                stdout.printf(Locale.ROOT, "model %s: threshold %.2f, cross-validated F1(Yes) %.3f (lexical %.3f, full %.3f), %d sentences%n",
                        r.modelId(), r.threshold(), r.cvF1Cascade(), r.cvF1Lexical(), r.cvF1Full(), r.sentences());
                stdout.println("wrote " + r.modelFile() + " and " + r.metadataFile() + "; rebuild the CLI to use it");
                stdout.flush();
                return CommandLine.ExitCode.OK;
            } catch (IOException e) {
                err.println("attest train checkworthiness: " + e.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            } finally {
                err.flush();
            }
        }
    }

    /** {@code attest eval checkworthiness --dataset ct24 FILE}: P/R/F1 of class Yes and accuracy. */
    @Command(name = "checkworthiness", mixinStandardHelpOptions = true,
            description = {
                "Score the check-worthiness decision on a CheckThat! 2024 task 1 file:",
                "precision, recall and F1 of class Yes (the official measure) and",
                "accuracy. Each sentence is decided as a claim in an article is.",
                "Exit codes: 0 success, 1 unreadable data, 2 usage error."})
    public static final class EvalCheckworthiness implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        /** The data sets this evaluation reads; picocli rejects any other name as a usage error. */
        enum Dataset { ct24 }

        @Option(names = "--dataset", required = true, paramLabel = "ct24", description = "ct24: a CT24_checkworthy_english_*.tsv file")
        Dataset dataset;

        @Parameters(index = "0", paramLabel = "FILE", description = "The gold TSV file.")
        Path file;

        @Option(names = "--json", description = "Print one JSON object instead of text.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                CheckworthinessScorer scorer = CheckworthinessScorer.standard();
                long start = System.nanoTime();
                CheckworthinessEvaluator.Result r = new CheckworthinessEvaluator(scorer).evaluate(file);
                double seconds = (System.nanoTime() - start) / 1e9;
                String modelId = modelId(scorer);
                if (json) {
                    out.println(render(report(r, modelId, seconds)));
                } else {
                    BinaryScores s = r.scores();
                    out.printf(Locale.ROOT, "check-worthiness, dataset ct24: %s%n", file);
                    out.printf(Locale.ROOT, "sentences %d (unparseable lines skipped: %d), model %s, threshold %.2f%n",
                            s.total(), r.skipped().size(), modelId, r.threshold());
                    out.printf(Locale.ROOT, "class Yes: P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
                            s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives());
                    out.printf(Locale.ROOT, "accuracy %.3f%n", s.accuracy());
                    out.printf(Locale.ROOT, "scorer alone (without the opinion rule): F1(Yes) %.3f, accuracy %.3f%n",
                            r.scorerOnly().f1(), r.scorerOnly().accuracy());
                    out.printf(Locale.ROOT, "%.0f sentences/s%n", s.total() / seconds);
                }
                out.flush();
                return CommandLine.ExitCode.OK;
            } catch (IOException e) {
                err.println("attest eval checkworthiness: cannot read " + file + ": " + e.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            } finally {
                err.flush();
            }
        }

        static ObjectNode report(CheckworthinessEvaluator.Result r, String modelId, double seconds) {
            ObjectNode root = MAPPER.createObjectNode();
            BinaryScores s = r.scores();
            root.put("dataset", "ct24");
            root.put("path", r.path());
            root.put("sentences", s.total());
            root.put("skipped_lines", r.skipped().size());
            root.put("model_id", modelId);
            root.put("threshold", r.threshold());
            ObjectNode yes = root.putObject("yes");
            yes.put("p", round(s.precision()));
            yes.put("r", round(s.recall()));
            yes.put("f1", round(s.f1()));
            yes.put("tp", s.truePositives());
            yes.put("fp", s.falsePositives());
            yes.put("fn", s.falseNegatives());
            root.put("accuracy", round(s.accuracy()));
            ObjectNode scorerOnly = root.putObject("scorer_only");
            scorerOnly.put("f1", round(r.scorerOnly().f1()));
            scorerOnly.put("accuracy", round(r.scorerOnly().accuracy()));
            root.put("sentences_per_second", Math.round(s.total() / seconds));
            return root;
        }
    }

    /** {@code attest eval stance --dataset fnc1 DIR | emergent FILE}: the machinery behind disputes on stance data. */
    @Command(name = "stance", mixinStandardHelpOptions = true,
            description = {
                "Measure stance detection: does a text agree with, contest or only",
                "report a claim? fnc1: a folder with one *bodies*.csv and one",
                "*stances*.csv; reports the FNC weighted score, the score relative to",
                "the best possible, and macro-F1. emergent: the Emergent CSV (claim vs",
                "article headline); reports accuracy and macro-F1. Only an evaluation",
                "half exists, so the classifier is trained and scored by 5-fold",
                "cross-validation grouped by body (fnc1) or claim (emergent).",
                "Exit codes: 0 success, 1 unreadable data, 2 usage error."})
    public static final class EvalStance implements Callable<Integer> {
        /** The data sets this evaluation reads; picocli rejects any other name as a usage error. */
        enum Dataset { fnc1, emergent }

        @Spec
        CommandSpec spec;

        @Option(names = "--dataset", required = true, paramLabel = "fnc1|emergent", description = "fnc1: DIR; emergent: FILE")
        Dataset dataset;

        @Parameters(index = "0", paramLabel = "PATH", description = "The FNC-1 folder or the Emergent CSV file.")
        Path path;

        @Option(names = "--json", description = "Print one JSON object instead of text.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                StanceEvaluator evaluator = new StanceEvaluator(new SentenceEncoder());
                StanceReport r = dataset == Dataset.fnc1 ? evaluator.fnc1(path) : evaluator.emergent(path);
                if (json) {
                    out.println(render(report(r)));
                } else {
                    out.printf(Locale.ROOT, "stance, dataset %s: %s (%d pairs; %s)%n", r.dataset(), r.path(), r.total(), r.protocol());
                    if (dataset == Dataset.fnc1) {
                        out.printf(Locale.ROOT, "FNC score %.2f of %.2f (%.3f of the maximum)%n", r.fncScore(), r.fncMaxScore(),
                                r.fncScore() / r.fncMaxScore());
                    }
                    out.printf(Locale.ROOT, "accuracy %.3f, macro-F1 %.3f%n", r.accuracy(), r.macroF1());
                    out.printf("%-10s %s  %s%n", "gold", String.join(" ", r.labels().stream().map(l -> String.format("%9s", l)).toList()), "    F1");
                    for (int k = 0; k < r.labels().size(); k++) {
                        StringBuilder row = new StringBuilder();
                        for (int c : r.confusion()[k]) {
                            row.append(String.format(Locale.ROOT, "%9d ", c));
                        }
                        out.printf(Locale.ROOT, "%-10s %s %.3f%n", r.labels().get(k), row, r.f1(k));
                    }
                    out.printf(Locale.ROOT, "%.0f s%n", r.seconds());
                }
                out.flush();
                return CommandLine.ExitCode.OK;
            } catch (IOException e) {
                err.println("attest eval stance: cannot read " + path + ": " + e.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            } finally {
                err.flush();
            }
        }

        static ObjectNode report(StanceReport r) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("dataset", r.dataset());
            root.put("path", r.path());
            root.put("pairs", r.total());
            root.put("protocol", r.protocol());
            if (r.dataset().equals("fnc1")) {
                root.put("fnc_score", round(r.fncScore()));
                root.put("fnc_max_score", round(r.fncMaxScore()));
                root.put("fnc_score_relative", round(r.fncScore() / r.fncMaxScore()));
            }
            root.put("accuracy", round(r.accuracy()));
            root.put("macro_f1", round(r.macroF1()));
            ObjectNode perClass = root.putObject("f1");
            ObjectNode confusion = root.putObject("confusion");
            for (int k = 0; k < r.labels().size(); k++) {
                perClass.put(r.labels().get(k), round(r.f1(k)));
                ObjectNode row = confusion.putObject(r.labels().get(k));
                for (int j = 0; j < r.labels().size(); j++) {
                    row.put(r.labels().get(j), r.confusion()[k][j]);
                }
            }
            root.put("seconds", Math.round(r.seconds()));
            return root;
        }
    }

    /** {@code attest bench-claims FILE...}: warm throughput of extraction plus claim analysis on one thread. */
    @Command(name = "bench-claims", mixinStandardHelpOptions = true,
            description = {
                "Measure warm throughput of statement extraction plus claims, hedges,",
                "disputes and check-worthiness on one thread (with --vectors, also the",
                "claim vectors ingest stores): articles per second and per CPU-second",
                "(the per-core figure on a shared machine). Warms up, then reports the",
                "median of several timed rounds."})
    public static final class BenchClaims implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to loop over.")
        List<Path> files = new ArrayList<>();

        @Option(names = "--warmup-seconds", defaultValue = "5")
        double warmupSeconds;

        @Option(names = "--rounds", defaultValue = "5")
        int rounds;

        @Option(names = "--round-seconds", defaultValue = "3")
        double roundSeconds;

        @Option(names = "--max-embedded", paramLabel = "N",
                description = "Claims per article MiniLM may embed (default: the analyser's, "
                        + CheckworthinessScorer.DEFAULT_MAX_EMBEDDED + ").")
        Integer maxEmbedded;

        @Option(names = "--vectors", paramLabel = "N", defaultValue = "0",
                description = "Also embed each article's N most check-worthy claims, as ingest does (ingest: "
                        + StoreClaimExtractor.DEFAULT_VECTORS_PER_ARTICLE + "; default here: ${DEFAULT-VALUE}).")
        int vectors;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ArticleReader reader = new ArticleReader(ReaderLimits.defaults());
            List<Article> articles = new ArrayList<>();
            for (Path f : files) {
                try {
                    articles.addAll(reader.read(f).articles());
                } catch (InputException e) {
                    err.println("attest: " + e.getMessage());
                    return CommandLine.ExitCode.SOFTWARE;
                }
            }
            if (articles.isEmpty()) {
                err.println("attest: no articles to benchmark");
                return CommandLine.ExitCode.SOFTWARE;
            }
            long t0 = System.nanoTime();
            int scored = maxEmbedded == null ? CheckworthinessScorer.DEFAULT_MAX_EMBEDDED : maxEmbedded;
            StoreClaimExtractor claims = StoreClaimExtractor.standard(scored, vectors);
            double loadMs = (System.nanoTime() - t0) / 1e6;
            ClaimsBenchmark.Result r = ClaimsBenchmark.run(Pipeline.standard(), claims, articles,
                    warmupSeconds, rounds, roundSeconds);
            out.printf(Locale.ROOT, "articles: %d, claim analyser load: %.0f ms%n", r.articles(), loadMs);
            out.printf(Locale.ROOT, "warm, 1 thread, extraction + claims: median %.1f articles/s, %.1f articles per CPU-second (%d rounds of %.0f s)%n",
                    r.wallRate(), r.cpuRate(), r.rounds(), r.roundSeconds());
            out.printf(Locale.ROOT, "per article: %.1f claims, %.2f MiniLM runs (up to %d claims scored with it, %d vectors)%n",
                    r.claimsPerArticle(), r.modelRunsPerArticle(), scored, vectors);
            out.flush();
            return CommandLine.ExitCode.OK;
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static String modelId(CheckworthinessScorer scorer) {
        try {
            JsonNode meta = MAPPER.readTree(scorer.model().metadataJson());
            return meta.path("model_id").asText("unknown");
        } catch (JsonProcessingException e) {
            return "unknown";
        }
    }

    private static String render(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** Claims and disputes as table rows under the statements of {@code attest analyze}. */
    public static final class ClaimsTable {
        private static final int EXCERPT = 70;

        public void print(ClaimAnalysis analysis, PrintWriter out) {
            out.printf("%-4s %-5s %-10s %-5s %-3s %s%n", "id", "stmt", "type", "score", "cw", "claim");
            for (Claim c : analysis.claims()) {
                String hedges = c.hedges().isEmpty() ? ""
                        : "  {" + String.join(", ", c.hedges().stream().map(h -> h.kind() + ": " + h.cueText()).toList()) + "}";
                out.printf(Locale.ROOT, "%-4s %-5s %-10s %.2f  %-3s %s%s%n", c.id(), c.statementId() == null ? "-" : c.statementId(),
                        c.type().label(), c.checkworthiness(), c.checkworthy() ? "yes" : "-",
                        "[" + c.span().start() + "," + c.span().end() + ") " + clip(oneLine(c.text())), hedges);
            }
            for (Dispute d : analysis.disputes()) {
                out.printf(Locale.ROOT, "dispute of %-4s (%.2f, cue \"%s\"): [%d,%d) %s%n", d.targetId(), d.confidence(), oneLine(d.cue()),
                        d.evidence().start(), d.evidence().end(), clip(oneLine(d.evidenceText())));
            }
            long checkworthy = analysis.claims().stream().filter(Claim::checkworthy).count();
            out.println(analysis.claims().size() + " claims (" + checkworthy + " check-worthy), " + analysis.disputes().size() + " disputes");
            out.println();
        }

        private static String oneLine(String s) {
            return s.replaceAll("\\s+", " ");
        }

        private static String clip(String s) {
            return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT - 1) + "…";
        }
    }
}
