package dev.attest.tagger;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Fits the {@link CueScopeModel} on frozen MiniLM states. Each gold cue is a training case whose targets are its own
 * content and source over its paragraph; each cue the cue tagger finds where the gold has none is a case with no
 * content and no source, so the head learns to reject the tagger's false cues; a tagged cue that overlaps a gold
 * one with other boundaries is a case with that attribution's targets. Adam, one step per cue (over the words
 * of its paragraph), hidden dropout. The epoch kept is the one with the best held-out score, where the held-out
 * articles' cues come from the cue tagger, as at run time; then the begin/inside shifts of content and source are
 * calibrated on the same articles. Deterministic for a given seed.
 */
public final class ScopeTrainer {
    /** Hyper-parameters; {@link #DEFAULTS} are the ones the committed model was trained with. */
    public record Options(int hidden, int epochs, double learningRate, double decay, double dropout, long seed) {
        public static final Options DEFAULTS = new Options(128, 8, 1e-3, 0.75, 0.2, 20261127L);

        public Options {
            if (hidden < 1 || epochs < 1 || !(learningRate > 0) || !(decay > 0 && decay <= 1) || !(dropout >= 0 && dropout < 1)) {
                throw new IllegalArgumentException("bad training options: " + hidden + " hidden, " + epochs + " epochs, rate "
                        + learningRate + ", decay " + decay + ", dropout " + dropout);
            }
        }
    }

    /** The model and its held-out score (mean F1 of content overlap30 and exact, source and cue exact) per epoch. */
    public record Result(CueScopeModel model, int bestEpoch, List<Double> heldOutByEpoch) {
    }

    /** One cue with its targets over the words {@code from .. from + contentTags.length - 1}. */
    private record Case(int first, int last, int from, int[] contentTags, int[] sourceTags) {
    }

    private record Prepared(LabelledText text, PieceStates states, Words words, float[][] features, ScopeFeatures.Layout layout,
                            List<Case> cases, double[][] cueLogProbs) {
    }

    /** The cue shifts under which training cases are drawn: looser than the first head's own, to show more false cues. */
    static final float TRAINING_CUE_BEGIN_SHIFT = 1.0f;

    private ScopeTrainer() {
    }

    public static Result train(List<LabelledText> train, List<LabelledText> heldOut, PieceEncoder encoder, Pipeline rules,
                               TaggerModel cueModel, Options options, Consumer<String> log) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training articles");
        }
        List<Prepared> trainSet = prepare(train, encoder, rules, cueModel, log, "train");
        List<Prepared> heldOutSet = prepare(heldOut, encoder, rules, cueModel, log, "held-out");
        int hidden = options.hidden();
        Random random = new Random(options.seed());
        int features = ScopeFeatures.COUNT;
        float[] wordWeights = Dense.gaussian(random, CueScopeModel.WORD_INPUTS * hidden, Math.sqrt(2.0 / (CueScopeModel.WORD_INPUTS + CueScopeModel.STATES)));
        float[] cueWeights = Dense.gaussian(random, CueScopeModel.STATES * hidden, Math.sqrt(2.0 / (CueScopeModel.WORD_INPUTS + CueScopeModel.STATES)));
        float[] featureWeights = Dense.gaussian(random, features * hidden, Math.sqrt(1.0 / features));
        float[] b1 = new float[hidden];
        float[] w2 = Dense.gaussian(random, hidden * CueScopeModel.OUTPUTS, Math.sqrt(1.0 / hidden));
        float[] b2 = new float[CueScopeModel.OUTPUTS];
        float[][] params = {wordWeights, cueWeights, featureWeights, b1, w2, b2};
        float[][] grads = new float[params.length][];
        for (int i = 0; i < params.length; i++) {
            grads[i] = new float[params[i].length];
        }
        Adam adam = new Adam(params, options.learningRate());
        CueScopeModel scratch = new CueScopeModel(hidden, features, TRAINING_CUE_BEGIN_SHIFT, 0f, cueModel.mean, cueModel.scale, wordWeights, cueWeights,
                featureWeights, b1, w2, b2);
        long cases = trainSet.stream().mapToLong(p -> p.cases().size()).sum();
        log.accept(String.format("cue scope: %d cases (gold cues and the cue tagger's false ones) in %d articles, %d hidden", cases, trainSet.size(), hidden));

        float[] x = new float[CueScopeModel.WORD_INPUTS];
        float[] cueX = new float[CueScopeModel.STATES];
        float[] cuePart = new float[hidden];
        float[] f = new float[features];
        float[] h = new float[hidden];
        float[] out = new float[CueScopeModel.OUTPUTS];
        float[] dOut = new float[CueScopeModel.OUTPUTS];
        float[] dH = new float[hidden];
        float[] dCue = new float[hidden];
        double[] logp = new double[Tag.COUNT];
        Dense.Dropout dropout = new Dense.Dropout(options.dropout(), options.seed());
        float keep = (float) (1 - options.dropout());
        List<int[]> order = new ArrayList<>();
        for (int a = 0; a < trainSet.size(); a++) {
            for (int c = 0; c < trainSet.get(a).cases().size(); c++) {
                order.add(new int[] {a, c});
            }
        }
        float[][] wordParts = new float[0][];
        float[][] dWord = new float[0][];
        CueScopeModel best = null;
        int bestEpoch = 0;
        double bestScore = -1;
        List<Double> history = new ArrayList<>();
        for (int epoch = 1; epoch <= options.epochs(); epoch++) {
            long started = System.nanoTime();
            adam.rate = options.learningRate() * Math.pow(options.decay(), epoch - 1);
            Collections.shuffle(order, random);
            double loss = 0;
            long pairs = 0;
            for (int[] item : order) {
                Prepared p = trainSet.get(item[0]);
                Case c = p.cases().get(item[1]);
                int span = c.contentTags().length;
                if (wordParts.length < span) {
                    wordParts = new float[span][hidden];
                    dWord = new float[span][hidden];
                }
                scratch.cuePart(p.states(), p.words(), c.first(), c.last(), cueX, cuePart);
                java.util.Arrays.fill(dCue, 0f);
                for (int i = 0; i < span; i++) {
                    int w = c.from() + i;
                    scratch.wordPart(p.states(), p.words(), w, x, wordParts[i]);
                    java.util.Arrays.fill(dWord[i], 0f);
                    ScopeFeatures.of(p.layout(), p.features(), c.first(), c.last(), w, f);
                    scratch.forward(wordParts[i], cuePart, f, h, out);
                    if (options.dropout() > 0) {
                        dropout.apply(h);
                        Dense.outputs(h, w2, b2, out);
                    }
                    for (int part = 0; part < 2; part++) {
                        CueScopeModel.logSoftmax(out, part, logp);
                        int gold = part == CueScopeModel.CONTENT ? c.contentTags()[i] : c.sourceTags()[i];
                        loss -= logp[gold];
                        for (int t = 0; t < Tag.COUNT; t++) {
                            dOut[part * Tag.COUNT + t] = (float) (Math.exp(logp[t]) - (t == gold ? 1 : 0));
                        }
                    }
                    Dense.backwardOutputs(h, dOut, w2, grads[4], grads[5], dH, 1 / keep);
                    float[] gb1 = grads[3];
                    float[] dw = dWord[i];
                    for (int k = 0; k < hidden; k++) {
                        gb1[k] += dH[k];
                        dCue[k] += dH[k];
                        dw[k] += dH[k];
                    }
                    Dense.addOuter(f, features, dH, grads[2], hidden);
                }
                Dense.addOuter(cueX, CueScopeModel.STATES, dCue, grads[1], hidden);
                for (int i = 0; i < span; i++) {
                    TaggerModel.contextStates(p.states(), p.words(), scratch.mean, scratch.scale, c.from() + i, x);
                    Dense.addOuter(x, CueScopeModel.WORD_INPUTS, dWord[i], grads[0], hidden);
                }
                if (span > 0) {
                    adam.step(grads, span);
                }
                pairs += span;
            }
            CueScopeModel snapshot = new CueScopeModel(hidden, features, TRAINING_CUE_BEGIN_SHIFT, 0f, cueModel.mean.clone(), cueModel.scale.clone(),
                    wordWeights.clone(), cueWeights.clone(), featureWeights.clone(), b1.clone(), w2.clone(), b2.clone());
            double score = heldOutSet.isEmpty() ? 0 : heldOut(snapshot, heldOutSet, CueScope.NO_SHIFTS).mean();
            history.add(score);
            log.accept(String.format("cue scope epoch %d: loss %.4f, held-out score %.3f (%.0f s)", epoch, loss / Math.max(1, pairs), score,
                    (System.nanoTime() - started) / 1e9));
            if (score > bestScore || best == null) {
                bestScore = score;
                best = snapshot;
                bestEpoch = epoch;
            }
        }
        CueScopeModel calibrated = heldOutSet.isEmpty() ? best : calibrate(best, heldOutSet, log);
        return new Result(calibrated, bestEpoch, history);
    }

    /** Calibrates a trained model again (after a change of decoding) on held-out articles, without training. */
    public static CueScopeModel recalibrate(CueScopeModel model, List<LabelledText> heldOut, PieceEncoder encoder, Pipeline rules,
                                            TaggerModel cueModel, Consumer<String> log) {
        return calibrate(model, prepare(heldOut, encoder, rules, cueModel, log, "held-out"), log);
    }

    private static final double[] BEGIN_SHIFTS = {-3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3};
    private static final double[] INSIDE_SHIFTS = {-1, -0.5, 0, 0.5, 1, 1.5, 2};

    /** Source fallback costs tried after the score shifts; the first is "never". */
    private static final double[] SOURCE_FALLBACK_COSTS = {-1, 0.5, 1, 1.5, 2, 3, 4, 6, 8};

    private static final double[] CUE_BEGIN_SHIFTS = {-0.5, 0, 0.5, 1, 1.5, 2, 2.5};
    private static final double[] CUE_INSIDE_SHIFTS = {-0.5, 0, 0.5, 1};

    /** Cue shifts first, then content shifts (source held at zero), then source shifts, each by the best held-out score. */
    private static CueScopeModel calibrate(CueScopeModel model, List<Prepared> heldOut, Consumer<String> log) {
        HeldOutScore before = heldOut(model, heldOut, CueScope.NO_SHIFTS);
        double bestCueScore = -1;
        CueScopeModel cued = model;
        for (double begin : CUE_BEGIN_SHIFTS) {
            for (double inside : CUE_INSIDE_SHIFTS) {
                CueScopeModel trial = model.withCueShifts((float) begin, (float) inside);
                double score = heldOut(trial, heldOut, CueScope.NO_SHIFTS).mean();
                if (score > bestCueScore + 1e-9) {
                    bestCueScore = score;
                    cued = trial;
                }
            }
        }
        List<List<CueScope.CueScores>> scores = scores(cued, heldOut);
        List<LabelledText> texts = heldOut.stream().map(Prepared::text).toList();
        List<Words> words = heldOut.stream().map(Prepared::words).toList();
        double[] shifts = CueScope.NO_SHIFTS.clone();
        for (int part = 0; part < 2; part++) {
            double bestScore = -1;
            double[] bestShifts = shifts.clone();
            for (double begin : BEGIN_SHIFTS) {
                for (double inside : INSIDE_SHIFTS) {
                    double[] trial = shifts.clone();
                    trial[2 * part] = begin;
                    trial[2 * part + 1] = inside;
                    double score = HeldOutScore.of(scores, texts, words, trial).mean();
                    if (score > bestScore + 1e-9) {
                        bestScore = score;
                        bestShifts = trial;
                    }
                }
            }
            shifts = bestShifts;
        }
        double bestFallbackScore = HeldOutScore.of(scores, texts, words, shifts).mean();
        for (double cost : SOURCE_FALLBACK_COSTS) {
            double[] trial = shifts.clone();
            trial[CueScope.SOURCE_FALLBACK] = cost;
            double score = HeldOutScore.of(scores, texts, words, trial).mean();
            if (score > bestFallbackScore + 1e-9) {
                bestFallbackScore = score;
                shifts = trial;
            }
        }
        HeldOutScore after = HeldOutScore.of(scores, texts, words, shifts);
        log.accept(String.format("cue scope calibration: cue begin %+.1f inside %+.1f, content begin %+.1f inside %+.1f, source begin %+.1f inside %+.1f,"
                        + " source fallback %.1f; held-out %s -> %s", cued.cueBeginShift, cued.cueInsideShift, shifts[0], shifts[1], shifts[2], shifts[3],
                shifts[CueScope.SOURCE_FALLBACK], before, after));
        float[] shift = new float[CueScopeModel.OUTPUTS];
        shift[Tag.BEGIN.ordinal()] = (float) shifts[0];
        shift[Tag.INSIDE.ordinal()] = (float) shifts[1];
        shift[Tag.COUNT + Tag.BEGIN.ordinal()] = (float) shifts[2];
        shift[Tag.COUNT + Tag.INSIDE.ordinal()] = (float) shifts[3];
        return model.shifted(cued.cueBeginShift, cued.cueInsideShift, (float) shifts[CueScope.SOURCE_FALLBACK], shift);
    }

    private static HeldOutScore heldOut(CueScopeModel model, List<Prepared> heldOut, double[] shifts) {
        return HeldOutScore.of(scores(model, heldOut), heldOut.stream().map(Prepared::text).toList(),
                heldOut.stream().map(Prepared::words).toList(), shifts);
    }

    private static List<List<CueScope.CueScores>> scores(CueScopeModel model, List<Prepared> articles) {
        List<List<CueScope.CueScores>> all = new ArrayList<>();
        for (Prepared p : articles) {
            all.add(CueScope.score(model, p.states(), p.words(), p.features(), p.layout(), BioDecoder.decode(model.shiftedCueLogProbs(p.cueLogProbs()))));
        }
        return all;
    }

    private static List<int[]> cueRanges(double[][] shiftedCueLogProbs) {
        List<int[]> ranges = new ArrayList<>();
        for (BioDecoder.WordRange r : BioDecoder.decode(shiftedCueLogProbs)) {
            ranges.add(new int[] {r.first(), r.last()});
        }
        return ranges;
    }

    private static List<Prepared> prepare(List<LabelledText> texts, PieceEncoder encoder, Pipeline rules, TaggerModel cueModel,
                                          Consumer<String> log, String what) {
        List<Prepared> prepared = new ArrayList<>();
        AttributionTagger tagger = new AttributionTagger(cueModel, encoder, rules);
        long started = System.nanoTime();
        for (LabelledText t : texts) {
            String text = t.text();
            PieceStates states = encoder.encode(text);
            Words words = Words.of(text, states);
            float[][] wordFeatures = WordFeatures.of(text, words, rules.analyze(Article.ofText(t.id(), text)).statements());
            ScopeFeatures.Layout layout = ScopeFeatures.layout(text, words);
            double[][][] logProbs = tagger.logProbabilities(states, words, wordFeatures);
            float[][] features = ScopeFeatures.wordInputs(wordFeatures, AttributionTagger.headProbabilities(logProbs));
            double[][] cueLogProbs = logProbs[Role.CUE.ordinal()];
            List<int[]> taggedCues = cueRanges(CueScopeModel.shiftCues(cueLogProbs, TRAINING_CUE_BEGIN_SHIFT, 0f));
            List<Case> cases = new ArrayList<>();
            List<int[]> goldCues = new ArrayList<>();
            List<LabelledText.Relation> goldRelations = new ArrayList<>();
            for (LabelledText.Relation r : t.relations()) {
                int[] cue = words.range(r.cue());
                if (cue == null || goldCues.stream().anyMatch(g -> g[0] == cue[0] && g[1] == cue[1])) {
                    continue;
                }
                goldCues.add(cue);
                goldRelations.add(r);
                cases.add(caseOf(cue, layout, words, r.content(), r.source()));
            }
            for (int[] cue : taggedCues) {
                int overlapping = -1;
                for (int g = 0; g < goldCues.size() && overlapping < 0; g++) {
                    if (goldCues.get(g)[0] <= cue[1] && cue[0] <= goldCues.get(g)[1]) {
                        overlapping = g;
                    }
                }
                if (overlapping < 0) {
                    cases.add(caseOf(cue, layout, words, null, null));
                } else if (goldCues.get(overlapping)[0] != cue[0] || goldCues.get(overlapping)[1] != cue[1]) {
                    // the tagger's cue is off by a word or two: still that attribution's cue, as it will be at run time
                    LabelledText.Relation r = goldRelations.get(overlapping);
                    cases.add(caseOf(cue, layout, words, r.content(), r.source()));
                }
            }
            prepared.add(new Prepared(t, states, words, features, layout, cases, cueLogProbs));
            if (prepared.size() % 100 == 0) {
                log.accept(String.format("cue scope %s: %d of %d articles prepared (%.0f s)", what, prepared.size(), texts.size(), (System.nanoTime() - started) / 1e9));
            }
        }
        return prepared;
    }

    private static Case caseOf(int[] cue, ScopeFeatures.Layout layout, Words words, Span content, Span source) {
        int from = layout.paragraphStart()[cue[0]];
        int to = layout.paragraphEnd()[cue[1]];
        return new Case(cue[0], cue[1], from, tags(words, from, to, content), tags(words, from, to, source));
    }

    private static int[] tags(Words words, int from, int to, Span span) {
        int[] tags = new int[to - from];
        if (span == null) {
            return tags;
        }
        boolean first = true;
        for (int w = from; w < to; w++) {
            if (words.spans().get(w).overlaps(span)) {
                tags[w - from] = (first ? Tag.BEGIN : Tag.INSIDE).ordinal();
                first = false;
            }
        }
        return tags;
    }
}
