package dev.attest.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Scores how check-worthy sentences are. Every sentence gets the cheap lexical model; only the
 * sentences whose lexical score falls inside the model's uncertainty band are embedded with MiniLM
 * and rescored by the full model. Embedding costs about 2-3 ms a sentence on one core while the
 * lexical model costs microseconds, so the band (chosen at training time by cross-validation) keeps
 * most of the embedding's gain at a fraction of its cost. Per article at most
 * {@link #maxEmbeddedPerCall} sentences are embedded, those closest to the threshold first, so a
 * long article cannot blow the time budget. Thread-safe.
 */
public final class CheckworthinessScorer {
    /** Default cap on embedded sentences per {@link #scoreAll} call (one article). */
    public static final int DEFAULT_MAX_EMBEDDED = 3;

    private final CheckworthinessModel model;
    private final SentenceEncoder encoder;
    private final SentenceFeatures features = new SentenceFeatures();
    private final int maxEmbeddedPerCall;

    /**
     * @param encoder            MiniLM encoder, or {@code null} to score with the lexical model only
     * @param maxEmbeddedPerCall how many sentences one {@link #scoreAll} call may embed
     */
    public CheckworthinessScorer(CheckworthinessModel model, SentenceEncoder encoder, int maxEmbeddedPerCall) {
        this.model = Objects.requireNonNull(model, "model");
        this.encoder = encoder;
        if (maxEmbeddedPerCall < 0) {
            throw new IllegalArgumentException("maxEmbeddedPerCall must be >= 0");
        }
        this.maxEmbeddedPerCall = maxEmbeddedPerCall;
    }

    /** The bundled model with MiniLM, at the default cap. Loads the ONNX model (about a second). */
    public static CheckworthinessScorer standard() {
        return new CheckworthinessScorer(CheckworthinessModel.bundled(), new SentenceEncoder(), DEFAULT_MAX_EMBEDDED);
    }

    /** Scores at or above this are check-worthy. */
    public double threshold() {
        return model.threshold();
    }

    public CheckworthinessModel model() {
        return model;
    }

    /** Scores in input order, and how many of the sentences were embedded. */
    public record Scores(List<Double> values, int embedded) {
        public Scores {
            values = List.copyOf(values);
        }
    }

    /** The score of one sentence (embedding it when its lexical score is uncertain). */
    public double score(String sentence) {
        return scoreAll(List.of(sentence)).values().getFirst();
    }

    /** Scores in input order. */
    public Scores scoreAll(List<String> sentences) {
        return scoreAll(sentences, i -> true);
    }

    /**
     * Scores in input order; only sentences {@code refinable} accepts (by index) may be embedded. The caller rules out
     * sentences whose score cannot change their fate (an opinion is never check-worthy), so the per-article budget
     * of embeddings goes where it can matter.
     */
    public Scores scoreAll(List<String> sentences, IntPredicate refinable) {
        double[] scores = new double[sentences.size()];
        List<Integer> uncertain = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            scores[i] = LogisticRegression.probability(model.lexical(), features.of(sentences.get(i), null));
            if (scores[i] >= model.bandLow() && scores[i] <= model.bandHigh() && refinable.test(i)) {
                uncertain.add(i);
            }
        }
        int embedded = 0;
        if (encoder != null && !uncertain.isEmpty() && maxEmbeddedPerCall > 0) {
            uncertain.sort(Comparator.comparingDouble(i -> Math.abs(scores[i] - model.threshold())));
            for (int i : uncertain.subList(0, Math.min(maxEmbeddedPerCall, uncertain.size()))) {
                embedded++;
                String s = sentences.get(i);
                scores[i] = LogisticRegression.probability(model.full(), features.of(s, encoder.encode(s)));
            }
        }
        List<Double> out = new ArrayList<>(scores.length);
        for (double s : scores) {
            out.add(s);
        }
        return new Scores(out, embedded);
    }
}
