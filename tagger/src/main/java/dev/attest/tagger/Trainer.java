package dev.attest.tagger;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Fits the {@link TaggerModel} head on frozen MiniLM states with Adam and a summed cross-entropy over the three
 * roles' tags. The epoch kept is the one with the best mean exact span F1 (source, cue, content) on the held-out
 * articles, which the caller takes from the training split, never from dev. Deterministic for a given seed:
 * one thread, seeded initialisation and shuffling.
 */
public final class Trainer {
    /** Hyper-parameters; {@link #DEFAULTS} are the ones the committed model was trained with. */
    public record Options(int hidden, int epochs, double learningRate, double decay, double dropout, int batch, long seed) {
        public static final Options DEFAULTS = new Options(256, 8, 1e-3, 0.7, 0.3, 32, 20261127L);

        public Options {
            if (hidden < 1 || epochs < 1 || batch < 1 || !(learningRate > 0) || !(decay > 0 && decay <= 1) || !(dropout >= 0 && dropout < 1)) {
                throw new IllegalArgumentException("bad training options: " + hidden + " hidden, " + epochs + " epochs, rate "
                        + learningRate + ", decay " + decay + ", dropout " + dropout + ", batch " + batch);
            }
        }
    }

    /** The model and how it did on the held-out articles, per epoch. */
    public record Result(TaggerModel model, int bestEpoch, List<double[]> heldOutF1ByEpoch) {
    }

    private record Prepared(LabelledText text, PieceStates states, Words words, float[][] features, int[][] tags) {
    }

    private Trainer() {
    }

    public static Result train(List<LabelledText> train, List<LabelledText> heldOut, PieceEncoder encoder, Pipeline rules,
                               Options options, Consumer<String> log) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training articles");
        }
        List<Prepared> trainSet = prepare(train, encoder, rules, log, "train");
        List<Prepared> heldOutSet = prepare(heldOut, encoder, rules, log, "held-out");
        float[] mean = new float[TaggerModel.STATES];
        float[] scale = new float[TaggerModel.STATES];
        standardisation(trainSet, mean, scale);

        int inputs = TaggerModel.CONTEXT * TaggerModel.STATES + WordFeatures.COUNT;
        int hidden = options.hidden();
        Random random = new Random(options.seed());
        float[] w1 = Dense.gaussian(random, inputs * hidden, Math.sqrt(2.0 / inputs));
        float[] b1 = new float[hidden];
        float[] w2 = Dense.gaussian(random, hidden * TaggerModel.OUTPUTS, Math.sqrt(1.0 / hidden));
        float[] b2 = new float[TaggerModel.OUTPUTS];
        float[][] params = {w1, b1, w2, b2};
        Adam adam = new Adam(params, options.learningRate());
        float[][] grads = {new float[w1.length], new float[b1.length], new float[w2.length], new float[b2.length]};

        List<long[]> examples = new ArrayList<>();
        for (int a = 0; a < trainSet.size(); a++) {
            for (int w = 0; w < trainSet.get(a).words().size(); w++) {
                examples.add(new long[] {a, w});
            }
        }
        log.accept(String.format("training on %d words of %d articles, %d inputs, %d hidden", examples.size(), trainSet.size(), inputs, hidden));
        TaggerModel scratch = new TaggerModel(encoder.layers(), hidden, WordFeatures.COUNT, mean, scale, w1, b1, w2, b2);
        float[] x = new float[inputs];
        float[] h = new float[hidden];
        float[] out = new float[TaggerModel.OUTPUTS];
        float[] dOut = new float[TaggerModel.OUTPUTS];
        float[] dH = new float[hidden];
        double[] logp = new double[Tag.COUNT];
        TaggerModel best = null;
        int bestEpoch = 0;
        double bestScore = -1;
        List<double[]> history = new ArrayList<>();
        Dense.Dropout dropout = new Dense.Dropout(options.dropout(), options.seed());
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            long started = System.nanoTime();
            adam.rate = options.learningRate() * Math.pow(options.decay(), epoch - 1);
            java.util.Collections.shuffle(examples, random);
            double loss = 0;
            int inBatch = 0;
            for (long[] example : examples) {
                Prepared p = trainSet.get((int) example[0]);
                int w = (int) example[1];
                scratch.input(p.states(), p.words(), p.features(), w, x);
                scratch.forward(x, h, out);
                if (options.dropout() > 0) {
                    // recompute the scores from the kept units, scaled up
                    dropout.apply(h);
                    Dense.outputs(h, w2, b2, out);
                }
                for (Role role : Role.values()) {
                    TaggerModel.logSoftmax(out, role, logp);
                    int gold = p.tags()[role.ordinal()][w];
                    loss -= logp[gold];
                    for (int t = 0; t < Tag.COUNT; t++) {
                        dOut[role.ordinal() * Tag.COUNT + t] = (float) (Math.exp(logp[t]) - (t == gold ? 1 : 0));
                    }
                }
                backward(x, h, dOut, dH, w2, grads, hidden, (float) (1 / (1 - options.dropout())));
                if (++inBatch == options.batch()) {
                    adam.step(grads, inBatch);
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                adam.step(grads, inBatch);
            }
            TaggerModel snapshot = new TaggerModel(encoder.layers(), hidden, WordFeatures.COUNT, mean.clone(), scale.clone(), w1.clone(), b1.clone(), w2.clone(), b2.clone());
            double[] f1 = heldOutSet.isEmpty() ? new double[] {0, 0, 0} : spanF1(snapshot, heldOutSet);
            history.add(f1);
            double score = (f1[0] + f1[1] + f1[2]) / 3;
            log.accept(String.format("epoch %d: loss %.4f, held-out exact span F1 source %.3f cue %.3f content %.3f (%.0f s)",
                    epoch, loss / examples.size(), f1[0], f1[1], f1[2], (System.nanoTime() - started) / 1e9));
            if (score > bestScore || best == null) {
                bestScore = score;
                best = snapshot;
                bestEpoch = epoch;
            }
        }
        TaggerModel calibrated = heldOutSet.isEmpty() ? best : calibrate(best, heldOutSet, log);
        return new Result(calibrated, bestEpoch, history);
    }

    /** {@link #calibrate} for a model trained before: the same held-out articles give the same shifts. */
    public static TaggerModel calibrate(TaggerModel model, List<LabelledText> heldOut, PieceEncoder encoder, Pipeline rules, Consumer<String> log) {
        return calibrate(model, prepare(heldOut, encoder, rules, log, "held-out"), log);
    }

    private static final double[] BEGIN_SHIFTS = {-1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5};
    private static final double[] INSIDE_SHIFTS = {-0.5, 0, 0.5, 1, 1.5, 2};

    /**
     * Per role, shifts of the begin and inside scores (added to the output biases) that maximise span F1 (exact and overlap) on the
     * held-out articles: cross-entropy training leaves the rarer begin tags under-predicted, and span F1 wants
     * recall and precision balanced. The network's scores are computed once; only decoding is repeated.
     */
    static TaggerModel calibrate(TaggerModel model, List<Prepared> heldOut, Consumer<String> log) {
        List<float[][]> scores = new ArrayList<>();
        float[] x = new float[model.inputs()];
        float[] h = new float[model.hidden];
        for (Prepared p : heldOut) {
            float[][] articleScores = new float[p.words().size()][TaggerModel.OUTPUTS];
            for (int w = 0; w < p.words().size(); w++) {
                model.input(p.states(), p.words(), p.features(), w, x);
                model.forward(x, h, articleScores[w]);
            }
            scores.add(articleScores);
        }
        float[] shift = new float[TaggerModel.OUTPUTS];
        for (Role role : Role.values()) {
            double bestF1 = -1;
            double bestBegin = 0;
            double bestInside = 0;
            for (double begin : BEGIN_SHIFTS) {
                for (double inside : INSIDE_SHIFTS) {
                    double f1 = roleF1(heldOut, scores, role, begin, inside);
                    if (f1 > bestF1 + 1e-9) {
                        bestF1 = f1;
                        bestBegin = begin;
                        bestInside = inside;
                    }
                }
            }
            log.accept(String.format("calibration %s: begin %+.1f, inside %+.1f, held-out span F1 (mean of exact and overlap) %.3f -> %.3f",
                    role, bestBegin, bestInside, roleF1(heldOut, scores, role, 0, 0), bestF1));
            shift[role.ordinal() * Tag.COUNT + Tag.BEGIN.ordinal()] = (float) bestBegin;
            shift[role.ordinal() * Tag.COUNT + Tag.INSIDE.ordinal()] = (float) bestInside;
        }
        return model.shifted(shift);
    }

    /** The mean of exact span F1 and overlap span F1 (shared characters over 0.3 of the gold span), as the targets weigh both. */
    private static double roleF1(List<Prepared> heldOut, List<float[][]> scores, Role role, double begin, double inside) {
        int tp = 0;
        int predicted = 0;
        int gold = 0;
        int overlapPredicted = 0;
        int overlapGold = 0;
        float[] shifted = new float[TaggerModel.OUTPUTS];
        for (int a = 0; a < heldOut.size(); a++) {
            Prepared p = heldOut.get(a);
            float[][] s = scores.get(a);
            double[][] logProbs = new double[s.length][Tag.COUNT];
            for (int w = 0; w < s.length; w++) {
                System.arraycopy(s[w], 0, shifted, 0, TaggerModel.OUTPUTS);
                shifted[role.ordinal() * Tag.COUNT + Tag.BEGIN.ordinal()] += (float) begin;
                shifted[role.ordinal() * Tag.COUNT + Tag.INSIDE.ordinal()] += (float) inside;
                TaggerModel.logSoftmax(shifted, role, logProbs[w]);
            }
            Set<Span> found = new HashSet<>();
            for (BioDecoder.WordRange r : BioDecoder.decode(logProbs)) {
                found.add(new Span(p.words().spans().get(r.first()).start(), p.words().spans().get(r.last()).end()));
            }
            Set<Span> goldSpans = new HashSet<>();
            p.text().spans().stream().filter(g -> g.role() == role).forEach(g -> goldSpans.add(g.span()));
            gold += goldSpans.size();
            predicted += found.size();
            for (Span f : found) {
                if (goldSpans.stream().anyMatch(g -> g.overlap(f) > 0.3 * g.length())) {
                    overlapPredicted++;
                }
            }
            for (Span g : goldSpans) {
                if (found.stream().anyMatch(f -> g.overlap(f) > 0.3 * g.length())) {
                    overlapGold++;
                }
            }
            found.retainAll(goldSpans);
            tp += found.size();
        }
        if (gold == 0 || predicted == 0) {
            return 0;
        }
        double exact = 2.0 * tp / (gold + predicted);
        double p = (double) overlapPredicted / predicted;
        double r = (double) overlapGold / gold;
        double overlap = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return (exact + overlap) / 2;
    }

    /** {@code unitScale}: d(hidden output)/d(ReLU output) of a kept unit, 1/keep under dropout. */
    private static void backward(float[] x, float[] h, float[] dOut, float[] dH, float[] w2, float[][] grads, int hidden, float unitScale) {
        Dense.backwardOutputs(h, dOut, w2, grads[2], grads[3], dH, unitScale);
        float[] gb1 = grads[1];
        for (int k = 0; k < hidden; k++) {
            gb1[k] += dH[k];
        }
        Dense.addOuter(x, x.length, dH, grads[0], hidden);
    }

    /** Exact span F1 per role (source, cue, content) of decoded spans against gold, over the held-out articles. */
    static double[] spanF1(TaggerModel model, List<Prepared> articles) {
        int[] tp = new int[3];
        int[] predicted = new int[3];
        int[] gold = new int[3];
        PieceEncoder statesAreGiven = new PieceEncoder() {
            @Override
            public PieceStates encode(String text) {
                throw new IllegalStateException("states are given");
            }

            @Override
            public List<Integer> layers() {
                return model.layers();
            }
        };
        AttributionTagger tagger = new AttributionTagger(model, statesAreGiven, Pipeline.standard());
        for (Prepared p : articles) {
            Map<Role, List<AttributionAssembler.Tagged>> spans = tagger.tagSpans(p.text().text(), p.states(), p.words(), p.features());
            for (Role role : Role.values()) {
                Set<Span> goldSpans = new HashSet<>();
                p.text().spans().stream().filter(s -> s.role() == role).forEach(s -> goldSpans.add(s.span()));
                Set<Span> found = new HashSet<>();
                spans.get(role).forEach(t -> found.add(t.span()));
                int r = role.ordinal();
                gold[r] += goldSpans.size();
                predicted[r] += found.size();
                found.retainAll(goldSpans);
                tp[r] += found.size();
            }
        }
        double[] f1 = new double[3];
        for (int r = 0; r < 3; r++) {
            f1[r] = gold[r] + predicted[r] == 0 ? 0 : 2.0 * tp[r] / (gold[r] + predicted[r]);
        }
        return f1;
    }

    private static List<Prepared> prepare(List<LabelledText> texts, PieceEncoder encoder, Pipeline rules, Consumer<String> log, String what) {
        List<Prepared> prepared = new ArrayList<>();
        long started = System.nanoTime();
        for (LabelledText t : texts) {
            PieceStates states = encoder.encode(t.text());
            Words words = Words.of(t.text(), states);
            float[][] features = WordFeatures.of(t.text(), words, rules.analyze(Article.ofText(t.id(), t.text())).statements());
            int[][] tags = new int[Role.values().length][];
            for (Role role : Role.values()) {
                Tag[] roleTags = words.tags(t.spans(), role);
                tags[role.ordinal()] = new int[roleTags.length];
                for (int w = 0; w < roleTags.length; w++) {
                    tags[role.ordinal()][w] = roleTags[w].ordinal();
                }
            }
            prepared.add(new Prepared(t, states, words, features, tags));
            if (prepared.size() % 100 == 0) {
                log.accept(String.format("%s: %d of %d articles encoded (%.0f s)", what, prepared.size(), texts.size(), (System.nanoTime() - started) / 1e9));
            }
        }
        return prepared;
    }

    /** Per state dimension, the mean and the reciprocal standard deviation over every training word. */
    private static void standardisation(List<Prepared> set, float[] mean, float[] scale) {
        int dims = TaggerModel.STATES;
        double[] sum = new double[dims];
        double[] squares = new double[dims];
        long n = 0;
        for (Prepared p : set) {
            float[] s = p.states().states();
            for (int w = 0; w < p.words().size(); w++) {
                int base = p.words().firstPiece()[w] * dims;
                for (int d = 0; d < dims; d++) {
                    sum[d] += s[base + d];
                    squares[d] += (double) s[base + d] * s[base + d];
                }
                n++;
            }
        }
        for (int d = 0; d < dims; d++) {
            double m = sum[d] / Math.max(1, n);
            double variance = squares[d] / Math.max(1, n) - m * m;
            mean[d] = (float) m;
            scale[d] = (float) (1 / Math.sqrt(Math.max(variance, 1e-6)));
        }
    }
}
