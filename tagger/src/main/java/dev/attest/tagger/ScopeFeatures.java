package dev.attest.tagger;

import dev.attest.core.model.Span;
import java.util.Arrays;
import java.util.Set;

/**
 * Where a word sits relative to one cue, for the {@link CueScopeModel}: before, inside or after it, how many words
 * away (in widening buckets), how many sentence ends and quotation marks lie between, and the word's own
 * {@link WordFeatures} and first-head tag probabilities. The states say what a word is; these say how it relates to the cue whose content and source
 * are being found.
 */
final class ScopeFeatures {
    private static final int[] DISTANCE_UPPER = {1, 2, 3, 6, 10, 20, 40, Integer.MAX_VALUE};
    static final int POSITIONS = 3;
    static final int DISTANCES = DISTANCE_UPPER.length;
    static final int SENTENCES = 3;
    /** Per word: its {@link WordFeatures}, then the first head's tag probabilities. */
    static final int WORD_INPUTS = WordFeatures.COUNT + TaggerModel.OUTPUTS;
    static final int COUNT = POSITIONS + 2 * DISTANCES + SENTENCES + 1 + WORD_INPUTS;
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt",
            "col", "st", "jr", "sr", "mt", "ft", "no", "vs", "rev", "sgt", "capt", "maj", "prof", "inc", "corp", "co");

    private ScopeFeatures() {
    }

    /**
     * Per-word facts of one article the features are computed from.
     *
     * @param paragraph       per word, the number of line breaks before it (equal means same paragraph)
     * @param sentence        per word, the number of sentence ends before it
     * @param quoteMarks      per word, the number of quotation-mark words before it
     * @param paragraphStart  per word, the first word of its paragraph
     * @param paragraphEnd    per word, one past the last word of its paragraph
     * @param punctuation     per word, whether it has no letter or digit
     */
    record Layout(int[] paragraph, int[] sentence, int[] quoteMarks, int[] paragraphStart, int[] paragraphEnd, boolean[] punctuation) {
    }

    static Layout layout(String text, Words words) {
        int n = words.size();
        int[] paragraph = new int[n];
        int[] sentence = new int[n];
        int[] quoteMarks = new int[n];
        int breaks = 0;
        int position = 0;
        int sentences = 0;
        int marks = 0;
        for (int w = 0; w < n; w++) {
            Span span = words.spans().get(w);
            for (; position < span.start(); position++) {
                if (text.charAt(position) == '\n') {
                    breaks++;
                }
            }
            if (w > 0 && endsSentence(text, words, w - 1)) {
                sentences++;
            }
            paragraph[w] = breaks;
            sentence[w] = sentences;
            quoteMarks[w] = marks;
            if (isQuoteMark(span.of(text))) {
                marks++;
            }
        }
        int[] start = new int[n];
        int[] end = new int[n];
        for (int w = 0; w < n; w++) {
            start[w] = w > 0 && paragraph[w - 1] == paragraph[w] ? start[w - 1] : w;
        }
        for (int w = n - 1; w >= 0; w--) {
            end[w] = w < n - 1 && paragraph[w + 1] == paragraph[w] ? end[w + 1] : w + 1;
        }
        boolean[] punctuation = new boolean[n];
        for (int w = 0; w < n; w++) {
            punctuation[w] = words.spans().get(w).of(text).codePoints().noneMatch(Character::isLetterOrDigit);
        }
        return new Layout(paragraph, sentence, quoteMarks, start, end, punctuation);
    }

    /** A full stop, question or exclamation mark followed by a capital or a quotation mark, not after "Mr" or "U". */
    private static boolean endsSentence(String text, Words words, int w) {
        String word = words.spans().get(w).of(text);
        if (!(word.equals(".") || word.equals("?") || word.equals("!")) || w + 1 >= words.size()) {
            return false;
        }
        if (word.equals(".") && w > 0) {
            String before = words.spans().get(w - 1).of(text);
            if (before.length() == 1 || ABBREVIATIONS.contains(before.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        String next = words.spans().get(w + 1).of(text);
        return Character.isUpperCase(next.charAt(0)) || isQuoteMark(next) || next.startsWith("\n");
    }

    private static boolean isQuoteMark(String word) {
        return word.length() == 1 && "\"“”".indexOf(word.charAt(0)) >= 0;
    }

    /** Per word, its {@link WordFeatures} followed by the first head's probabilities of every tag. */
    static float[][] wordInputs(float[][] wordFeatures, float[][] headProbabilities) {
        float[][] inputs = new float[wordFeatures.length][WORD_INPUTS];
        for (int w = 0; w < wordFeatures.length; w++) {
            System.arraycopy(wordFeatures[w], 0, inputs[w], 0, WordFeatures.COUNT);
            System.arraycopy(headProbabilities[w], 0, inputs[w], WordFeatures.COUNT, TaggerModel.OUTPUTS);
        }
        return inputs;
    }

    /** The features of word {@code w} for the cue of words {@code [cueFirst, cueLast]}, into {@code into[0, COUNT)}. */
    static void of(Layout layout, float[][] wordInputs, int cueFirst, int cueLast, int w, float[] into) {
        Arrays.fill(into, 0, COUNT, 0f);
        int at = 0;
        if (w < cueFirst) {
            into[at] = 1;
            into[POSITIONS + bucket(cueFirst - w)] = 1;
        } else if (w > cueLast) {
            into[at + 2] = 1;
            into[POSITIONS + DISTANCES + bucket(w - cueLast)] = 1;
        } else {
            into[at + 1] = 1;
        }
        at = POSITIONS + 2 * DISTANCES;
        int sentences = Math.abs(layout.sentence()[w] - layout.sentence()[w < cueFirst ? cueFirst : cueLast]);
        into[at + Math.min(sentences, SENTENCES - 1)] = 1;
        at += SENTENCES;
        int low = Math.min(w, cueFirst);
        int high = Math.max(w, cueLast);
        into[at] = layout.quoteMarks()[high] - layout.quoteMarks()[low] > 0 ? 1 : 0;
        at++;
        System.arraycopy(wordInputs[w], 0, into, at, WORD_INPUTS);
    }

    private static int bucket(int distance) {
        for (int b = 0; b < DISTANCE_UPPER.length; b++) {
            if (distance <= DISTANCE_UPPER[b]) {
                return b;
            }
        }
        return DISTANCE_UPPER.length - 1;
    }
}
