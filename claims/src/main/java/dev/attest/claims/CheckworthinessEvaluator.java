package dev.attest.claims;

import dev.attest.core.model.ClaimType;
import dev.attest.core.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Scores the check-worthiness decision on a CheckThat! 2024 task 1 file (the official measure is
 * F1 of class Yes). Each sentence is decided exactly as a claim in an article would be: the
 * scorer's threshold, and never check-worthy when typed {@link ClaimType#OPINION}.
 */
public final class CheckworthinessEvaluator {
    private final CheckworthinessScorer scorer;
    private final ClaimTyper typer = new ClaimTyper();
    private final Tokenizer tokenizer = new Tokenizer();

    public CheckworthinessEvaluator(CheckworthinessScorer scorer) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
    }

    /**
     * @param scores     the decision as made for claims (threshold and opinion rule)
     * @param scorerOnly the scorer's threshold alone, for comparison
     * @param skipped    the gold file's unparseable lines, left out
     */
    public record Result(String path, BinaryScores scores, BinaryScores scorerOnly, List<String> skipped, double threshold) {}

    public Result evaluate(Path ct24File) throws IOException {
        Ct24Tsv.Result data = Ct24Tsv.read(ct24File);
        List<LabeledSentence> sentences = data.sentences();
        double[] decided = new double[sentences.size()];
        double[] raw = new double[sentences.size()];
        boolean[] gold = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            raw[i] = scorer.score(text);
            boolean opinion = typer.type(text, Word.of(tokenizer.tokenize(text, 0, text.length()))).type() == ClaimType.OPINION;
            decided[i] = opinion ? 0 : raw[i];
            gold[i] = sentences.get(i).checkworthy();
        }
        double t = scorer.threshold();
        return new Result(ct24File.toString(), BinaryScores.of(decided, gold, t), BinaryScores.of(raw, gold, t), data.skipped(), t);
    }
}
