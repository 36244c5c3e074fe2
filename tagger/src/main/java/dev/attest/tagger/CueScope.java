package dev.attest.tagger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the {@link CueScopeModel} for the cues of one article: scores every word of each cue's paragraph, then
 * decodes that cue's content (the heaviest content run, joined with neighbouring runs when only punctuation, the
 * cue or a source lies between, as in a quote split by "he said") and its most probable source run outside it.
 */
final class CueScope {
    private CueScope() {
    }

    /**
     * A cue as words {@code [first, last]} and the scores of the words {@code from .. from + scores.length - 1};
     * {@code punctuation[i]} says whether word {@code from + i} has no letter or digit.
     */
    record CueScores(int first, int last, int from, float[][] scores, boolean[] punctuation) {
    }

    /** What one cue was given: word ranges, {@code -1} first when absent, each with its mean tag probability. */
    record Decoded(int cueFirst, int cueLast, int contentFirst, int contentLast, double contentConfidence,
                   int sourceFirst, int sourceLast, double sourceConfidence) {
        boolean hasContent() {
            return contentFirst >= 0;
        }

        boolean hasSource() {
            return sourceFirst >= 0;
        }
    }

    /** Scores for each cue, given as decoded word ranges; the word part is computed once per word. */
    static List<CueScores> score(CueScopeModel model, PieceStates states, Words words, float[][] wordFeatures,
                                 ScopeFeatures.Layout layout, List<BioDecoder.WordRange> cues) {
        int nets = model.nets.size();
        float[][][] wordParts = new float[nets][words.size()][];
        float[] x = new float[CueScopeModel.WORD_INPUTS];
        float[][] cueParts = new float[nets][model.hidden];
        float[] f = new float[ScopeFeatures.COUNT];
        float[] h = new float[model.hidden];
        float[] part = new float[CueScopeModel.OUTPUTS];
        List<CueScores> scored = new ArrayList<>();
        for (BioDecoder.WordRange cue : cues) {
            int from = layout.paragraphStart()[cue.first()];
            int to = layout.paragraphEnd()[cue.last()];
            for (int n = 0; n < nets; n++) {
                model.cuePart(model.nets.get(n), states, words, cue.first(), cue.last(), x, cueParts[n]);
            }
            float[][] scores = new float[to - from][CueScopeModel.OUTPUTS];
            for (int w = from; w < to; w++) {
                ScopeFeatures.of(layout, wordFeatures, cue.first(), cue.last(), w, f);
                float[] into = scores[w - from];
                for (int n = 0; n < nets; n++) {
                    CueScopeModel.Net net = model.nets.get(n);
                    if (wordParts[n][w] == null) {
                        wordParts[n][w] = new float[net.hidden()];
                        model.wordPart(net, states, words, w, x, wordParts[n][w]);
                    }
                    net.forward(wordParts[n][w], cueParts[n], f, model.features, h, part);
                    for (int o = 0; o < CueScopeModel.OUTPUTS; o++) {
                        into[o] += part[o] / nets;
                    }
                }
            }
            boolean[] punctuation = new boolean[to - from];
            for (int w = from; w < to; w++) {
                punctuation[w - from] = layout.punctuation()[w];
            }
            scored.add(new CueScores(cue.first(), cue.last(), from, scores, punctuation));
        }
        return scored;
    }

    /**
     * Decodes one cue's scores, with {@code shifts} (content begin, content inside, source begin, source inside) added;
     * the fifth value is the source fallback cost ({@link #SOURCE_FALLBACK}).
     */
    static Decoded decode(CueScores cue, double[] shifts) {
        int n = cue.scores().length;
        double[][] content = new double[n][Tag.COUNT];
        double[][] source = new double[n][Tag.COUNT];
        float[] shifted = new float[CueScopeModel.OUTPUTS];
        for (int i = 0; i < n; i++) {
            System.arraycopy(cue.scores()[i], 0, shifted, 0, CueScopeModel.OUTPUTS);
            shifted[Tag.BEGIN.ordinal()] += (float) shifts[0];
            shifted[Tag.INSIDE.ordinal()] += (float) shifts[1];
            shifted[Tag.COUNT + Tag.BEGIN.ordinal()] += (float) shifts[2];
            shifted[Tag.COUNT + Tag.INSIDE.ordinal()] += (float) shifts[3];
            CueScopeModel.logSoftmax(shifted, CueScopeModel.CONTENT, content[i]);
            CueScopeModel.logSoftmax(shifted, CueScopeModel.SOURCE, source[i]);
        }
        List<BioDecoder.WordRange> sources = BioDecoder.decode(source);
        List<BioDecoder.WordRange> contents = BioDecoder.decode(content);
        if (contents.isEmpty()) {
            return new Decoded(cue.first(), cue.last(), -1, -1, 0, -1, -1, 0);
        }
        int anchor = 0;
        for (int r = 1; r < contents.size(); r++) {
            if (mass(contents.get(r)) > mass(contents.get(anchor))) {
                anchor = r;
            }
        }
        int low = anchor;
        int high = anchor;
        while (low > 0 && bridged(cue, sources, contents.get(low - 1).last() + 1, contents.get(low).first())) {
            low--;
        }
        while (high < contents.size() - 1 && bridged(cue, sources, contents.get(high).last() + 1, contents.get(high + 1).first())) {
            high++;
        }
        int contentFirst = contents.get(low).first();
        int contentLast = contents.get(high).last();
        double contentConfidence = contents.subList(low, high + 1).stream().mapToDouble(BioDecoder.WordRange::confidence).average().orElse(0);
        // Any source run of the paragraph may be this cue's: the scope head was trained to tag only the cue's own
        // source, and in a quote split by "he said" the source lies inside the span that covers the content (PolNeAR
        // tags "he" both as source and, through the covering span, as content).
        BioDecoder.WordRange best = null;
        for (BioDecoder.WordRange r : sources) {
            if (best == null || r.confidence() > best.confidence()) {
                best = r;
            }
        }
        if (best == null) {
            best = forcedSource(cue, source, contentFirst, contentLast, shifts[SOURCE_FALLBACK]);
        }
        return new Decoded(cue.first(), cue.last(), cue.from() + contentFirst, cue.from() + contentLast, contentConfidence,
                best == null ? -1 : cue.from() + best.first(), best == null ? -1 : cue.from() + best.last(),
                best == null ? 0 : best.confidence());
    }

    /**
     * When decoding left a cue without a source: the source run outside its content and cue that costs the least
     * log-probability against tagging every word outside, if that cost is at most {@code maxCost}. Most attributions
     * have a source, and the scope head is often only slightly below deciding for one ("Kelly charged").
     */
    static BioDecoder.WordRange forcedSource(CueScores cue, double[][] source, int contentFirst, int contentLast, double maxCost) {
        if (!(maxCost >= 0)) {
            return null;
        }
        int n = source.length;
        double bestGain = Double.NEGATIVE_INFINITY;
        int bestFirst = -1;
        int bestLast = -1;
        double runGain = Double.NEGATIVE_INFINITY;
        int runFirst = -1;
        for (int i = 0; i < n; i++) {
            int w = cue.from() + i;
            boolean allowed = (i < contentFirst || i > contentLast) && (w < cue.first() || w > cue.last()) && !cue.punctuation()[i];
            if (!allowed) {
                runGain = Double.NEGATIVE_INFINITY;
                continue;
            }
            double begin = source[i][Tag.BEGIN.ordinal()] - source[i][Tag.OUTSIDE.ordinal()];
            double inside = source[i][Tag.INSIDE.ordinal()] - source[i][Tag.OUTSIDE.ordinal()];
            if (runGain + inside > begin) {
                runGain += inside;
            } else {
                runGain = begin;
                runFirst = i;
            }
            if (runGain > bestGain) {
                bestGain = runGain;
                bestFirst = runFirst;
                bestLast = i;
            }
        }
        if (bestFirst < 0 || -bestGain > maxCost) {
            return null;
        }
        double confidence = 0;
        for (int i = bestFirst; i <= bestLast; i++) {
            confidence += Math.exp(source[i][i == bestFirst ? Tag.BEGIN.ordinal() : Tag.INSIDE.ordinal()]);
        }
        return new BioDecoder.WordRange(bestFirst, bestLast, confidence / (bestLast - bestFirst + 1));
    }

    private static double mass(BioDecoder.WordRange r) {
        return r.confidence() * (r.last() - r.first() + 1);
    }

    /**
     * Whether two content runs are one content: every word between them (relative indices {@code [from, to)}) is
     * punctuation, the cue, or a source run, as in a quote split by "he said".
     */
    private static boolean bridged(CueScores cue, List<BioDecoder.WordRange> sources, int from, int to) {
        for (int i = from; i < to; i++) {
            int w = cue.from() + i;
            final int at = i;
            boolean ok = cue.punctuation()[i] || (w >= cue.first() && w <= cue.last())
                    || sources.stream().anyMatch(r -> r.first() <= at && at <= r.last());
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Index in the shifts of the largest cost at which a source is forced ({@link #forcedSource}); negative: never. */
    static final int SOURCE_FALLBACK = 4;
    static final double[] NO_SHIFTS = {0, 0, 0, 0, -1};

    /**
     * Every cue's decoding that has content, in cue order, as pairs of cue index and decoding. Two cues given the
     * same content ("said" and "in a statement" tagged apart) are one attribution: the more confident content keeps it.
     */
    static List<Map.Entry<Integer, Decoded>> decodeAll(List<CueScores> scores, double[] shifts) {
        List<Map.Entry<Integer, Decoded>> kept = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            Decoded d = decode(scores.get(i), shifts);
            if (!d.hasContent()) {
                continue;
            }
            int same = -1;
            for (int k = 0; k < kept.size(); k++) {
                Decoded other = kept.get(k).getValue();
                if (other.contentFirst() == d.contentFirst() && other.contentLast() == d.contentLast()) {
                    same = k;
                }
            }
            if (same < 0) {
                kept.add(Map.entry(i, d));
            } else if (d.contentConfidence() > kept.get(same).getValue().contentConfidence()) {
                kept.set(same, Map.entry(i, d));
            }
        }
        return kept;
    }
}
