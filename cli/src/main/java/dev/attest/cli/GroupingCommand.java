package dev.attest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.claims.SentenceEncoder;
import dev.attest.claims.grouping.EmergentCsv;
import dev.attest.claims.grouping.GroupingEvaluator;
import dev.attest.claims.grouping.GroupingScore;
import dev.attest.claims.grouping.HeadlineSimilarity;
import dev.attest.claims.grouping.LinkThresholds;
import dev.attest.claims.grouping.ReportedArticle;
import dev.attest.store.TextIndex;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attest eval grouping --dataset emergent FILE}: how well articles reporting the same claim are grouped by
 * their headlines' hybrid BM25 + MiniLM similarity (average linkage). The lexical weight and the thresholds are
 * calibrated on the claims with an even id hash and scored on the odd half, which nothing was chosen on.
 */
@Command(
        name = "grouping",
        description = {
            "Group Emergent articles by headline similarity (BM25 + MiniLM, average linkage) and score",
            "pairwise precision, recall and F1 against the claim each reports. Weight and thresholds are",
            "calibrated on the even-hash half of the claims, the scores are on the odd half.",
            "Exit codes: 0 success, 1 malformed or unreadable data, 2 usage error."},
        mixinStandardHelpOptions = true)
public final class GroupingCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    /** The data sets this evaluation reads; picocli rejects any other name as a usage error. */
    enum Dataset { emergent }

    @Option(names = "--dataset", required = true, paramLabel = "emergent", description = "emergent: url-versions-*.csv")
    Dataset dataset;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Emergent CSV.")
    Path file;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    /** A half of the data with its similarity matrix and gold groups. */
    record Half(List<ReportedArticle> articles, HeadlineSimilarity.Matrix matrix, List<String> gold) {
    }

    /** Both halves' results: what calibration chose on one and how it scores on the other. */
    record Result(Half calibrationHalf, Half evaluationHalf, GroupingEvaluator.Calibration calibration, GroupingScore suggest, GroupingScore confirm) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ReportedArticle> articles;
        try {
            articles = EmergentCsv.read(file);
        } catch (EmergentCsv.MalformedException e) {
            err.println("attest eval grouping: malformed data: " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        } catch (IOException e) {
            err.println("attest eval grouping: cannot read " + file + ": " + e.getMessage());
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        }
        long start = System.nanoTime();
        Result r = run(articles, new SentenceEncoder());
        print(out, articles.size(), r, (System.nanoTime() - start) / 1e9);
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    static Result run(List<ReportedArticle> articles, SentenceEncoder encoder) {
        Half calibration = half(articles.stream().filter(GroupingEvaluator::calibrationHalf).toList(), encoder);
        Half evaluation = half(articles.stream().filter(a -> !GroupingEvaluator.calibrationHalf(a)).toList(), encoder);
        GroupingEvaluator.Calibration c = GroupingEvaluator.calibrate(calibration.matrix(), calibration.gold());
        LinkThresholds t = c.thresholds();
        GroupingScore suggest = GroupingEvaluator.score(evaluation.matrix(), evaluation.gold(), t.lexicalWeight(), t.suggest());
        GroupingScore confirm = GroupingEvaluator.score(evaluation.matrix(), evaluation.gold(), t.lexicalWeight(), t.confirm());
        return new Result(calibration, evaluation, c, suggest, confirm);
    }

    private static Half half(List<ReportedArticle> articles, SentenceEncoder encoder) {
        List<String> headlines = articles.stream().map(ReportedArticle::headline).toList();
        try (TextIndex index = TextIndex.of(IntStream.range(0, headlines.size()).mapToObj(i -> new TextIndex.Entry(Integer.toString(i), headlines.get(i))).toList())) {
            HeadlineSimilarity.Matrix m = HeadlineSimilarity.of(headlines, ClaimMatchingCommand.bm25(index), encoder::encode);
            return new Half(articles, m, articles.stream().map(ReportedArticle::claimId).toList());
        }
    }

    private void print(PrintWriter out, int total, Result r, double seconds) {
        LinkThresholds t = r.calibration().thresholds();
        Half eval = r.evaluationHalf();
        int n = eval.articles().size();
        int goldGroups = new HashSet<>(eval.gold()).size();
        GroupingScore s = r.suggest();
        if (json) {
            ObjectNode root = MAPPER.createObjectNode();
            root.put("dataset", "emergent");
            root.put("split", "odd claim-id hash (calibrated on the even half)");
            root.put("articles", n);
            root.put("pairs", (long) n * (n - 1) / 2);
            root.put("precision", round(s.precision()));
            root.put("recall", round(s.recall()));
            root.put("f1", round(s.f1()));
            root.put("threshold", t.suggest());
            root.put("lexical_weight", t.lexicalWeight());
            root.put("gold_groups", goldGroups);
            root.put("predicted_groups", s.predictedGroups());
            ObjectNode confirm = root.putObject("confirm");
            confirm.put("threshold", t.confirm());
            confirm.put("precision", round(r.confirm().precision()));
            confirm.put("recall", round(r.confirm().recall()));
            confirm.put("f1", round(r.confirm().f1()));
            ObjectNode cal = root.putObject("calibration");
            cal.put("articles", r.calibrationHalf().articles().size());
            cal.put("f1", round(r.calibration().best().f1()));
            cal.put("precision", round(r.calibration().best().precision()));
            cal.put("recall", round(r.calibration().best().recall()));
            cal.put("confirm_precision", round(r.calibration().confirm().precision()));
            root.put("seconds", Math.round(seconds * 10) / 10.0);
            try {
                out.println(MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            out.printf(Locale.ROOT, "grouping, dataset emergent: %s (%d articles; calibrated on %d, scored on %d)%n",
                    file, total, r.calibrationHalf().articles().size(), n);
            out.printf(Locale.ROOT, "similarity %.1f x BM25/self + %.1f x MiniLM cosine, average linkage%n", t.lexicalWeight(), 1 - t.lexicalWeight());
            out.printf(Locale.ROOT, "suggest >= %.2f: P %.4f  R %.4f  F1 %.4f  (%d predicted groups, %d gold, %d pairs)%n",
                    t.suggest(), s.precision(), s.recall(), s.f1(), s.predictedGroups(), goldGroups, (long) n * (n - 1) / 2);
            out.printf(Locale.ROOT, "confirm >= %.2f: P %.4f  R %.4f  F1 %.4f%n",
                    t.confirm(), r.confirm().precision(), r.confirm().recall(), r.confirm().f1());
            out.printf(Locale.ROOT, "calibration half: best F1 %.4f; confirm precision %.4f%n", r.calibration().best().f1(), r.calibration().confirm().precision());
            out.printf(Locale.ROOT, "%.1f s%n", seconds);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
