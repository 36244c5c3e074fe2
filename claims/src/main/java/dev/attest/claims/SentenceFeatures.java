package dev.attest.claims;

import dev.attest.core.lexicon.WordSet;
import dev.attest.core.text.Token;
import dev.attest.core.text.Tokenizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a sentence into the check-worthiness model's features:
 * <ul>
 *   <li>explicit cues a fact-checker looks for (numbers, money, percentages, names, comparatives,
 *       tense, opinion and hedge words, length), see {@link Explicit};</li>
 *   <li>word unigrams and bigrams, hashed into {@value #HASH_BITS} bits (numbers folded to one token);</li>
 *   <li>optionally the 384-d MiniLM embedding.</li>
 * </ul>
 * The layout (explicit, then embedding, then hashed words) is part of the model file format
 * ({@link #LAYOUT_VERSION}); changing any list here means retraining. Thread-safe (stateless).
 */
final class SentenceFeatures {
    static final int LAYOUT_VERSION = 1;
    static final int HASH_BITS = 18;
    static final int EMBEDDING_OFFSET = Explicit.values().length;
    static final int HASH_OFFSET = EMBEDDING_OFFSET + SentenceEncoder.DIMENSIONS;
    static final int SIZE = HASH_OFFSET + (1 << HASH_BITS);

    /** The explicit features; their order is their index. */
    enum Explicit {
        NUMBER, YEAR, PERCENT, MONEY, MAGNITUDE_WORD, CAPITALISED_WORDS, COMPARATIVE, SUPERLATIVE,
        PAST_TENSE, PERFECT, FUTURE, FIRST_PERSON_SINGULAR, FIRST_PERSON_PLURAL, SECOND_PERSON,
        COGNITION, MODAL, QUESTION, EXCLAMATION, LOG_LENGTH, SHORT, NEGATION, ALL_CAPS_WORD,
        DISCOURSE_OPENER, STAGE_DIRECTION, LAW_WORD, CAUSAL_WORD
    }

    private static final Set<String> MONEY = WordSet.of("$", "dollars", "dollar", "cents", "budget", "deficit", "debt", "tax", "taxes");
    private static final Set<String> MAGNITUDE = WordSet.of("million", "millions", "billion", "billions", "trillion", "trillions",
            "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "twice", "double", "doubled", "tripled", "half",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty");
    private static final Set<String> PERCENT = WordSet.of("percent", "%", "percentage", "rate");
    private static final Set<String> COMPARATIVE = WordSet.of("than", "more", "less", "fewer", "increase", "increased",
            "decrease", "decreased", "higher", "lower", "up", "down", "rise", "rose", "fell", "cut", "grew");
    private static final Set<String> SUPERLATIVE = WordSet.of("most", "least", "highest", "lowest", "largest", "biggest",
            "smallest", "first", "last", "only", "best", "worst", "ever", "record");
    private static final Set<String> PAST = WordSet.of("was", "were", "had", "did", "said", "voted", "passed", "made",
            "went", "came", "took", "gave", "lost", "won", "left", "got", "became", "sent", "told", "paid", "spent");
    private static final Set<String> PERFECT = WordSet.of("has", "have", "'ve", "’ve", "since");
    private static final Set<String> FUTURE = WordSet.of("will", "'ll", "’ll", "won't", "won’t", "gonna", "going", "shall");
    private static final Set<String> FIRST_SINGULAR = WordSet.of("i", "me", "my", "i'm", "i’m", "i've", "i’ve", "i'll", "i’ll", "myself");
    private static final Set<String> FIRST_PLURAL = WordSet.of("we", "our", "us", "we're", "we’re", "we've", "we’ve", "we'll", "we’ll", "ourselves");
    private static final Set<String> SECOND = WordSet.of("you", "your", "you're", "you’re", "yourself");
    private static final Set<String> COGNITION = WordSet.of("think", "believe", "feel", "hope", "want", "wish", "guess",
            "suppose", "seems", "seem", "agree", "disagree", "love", "like", "thank", "thanks", "proud", "should", "must");
    private static final Set<String> MODAL = WordSet.of("may", "might", "could", "would", "perhaps", "maybe", "probably", "possibly");
    private static final Set<String> NEGATION = WordSet.of("not", "no", "never", "n't", "nothing", "none", "didn't", "didn’t",
            "don't", "don’t", "doesn't", "doesn’t", "isn't", "isn’t", "wasn't", "wasn’t", "can't", "can’t");
    private static final Set<String> OPENER = WordSet.of("and", "but", "well", "now", "so", "look", "yes", "oh", "okay", "ok");
    private static final Set<String> STAGE = WordSet.of("laughter", "applause", "crosstalk", "inaudible", "booing", "cheering");
    private static final Set<String> LAW = WordSet.of("law", "laws", "legal", "illegal", "illegally", "unconstitutional",
            "constitution", "court", "ruling", "ruled", "bill", "act", "legislation", "regulation", "banned", "prohibits", "prevents");
    private static final Set<String> CAUSAL = WordSet.of("because", "cause", "caused", "causes", "due", "result", "resulted",
            "led", "stem", "stems", "therefore", "consequence");

    private static final Explicit[] NONE = {};
    /** Each listed word with the features it switches on, so a token costs one lookup, not one per list. */
    private static final Map<String, Explicit[]> WORD_FEATURES = wordFeatures();

    private static Map<String, Explicit[]> wordFeatures() {
        Map<Explicit, Set<String>> lists = new EnumMap<>(Explicit.class);
        lists.put(Explicit.PERCENT, PERCENT);
        lists.put(Explicit.MONEY, MONEY);
        lists.put(Explicit.MAGNITUDE_WORD, MAGNITUDE);
        lists.put(Explicit.COMPARATIVE, COMPARATIVE);
        lists.put(Explicit.SUPERLATIVE, SUPERLATIVE);
        lists.put(Explicit.PAST_TENSE, PAST);
        lists.put(Explicit.PERFECT, PERFECT);
        lists.put(Explicit.FUTURE, FUTURE);
        lists.put(Explicit.FIRST_PERSON_SINGULAR, FIRST_SINGULAR);
        lists.put(Explicit.FIRST_PERSON_PLURAL, FIRST_PLURAL);
        lists.put(Explicit.SECOND_PERSON, SECOND);
        lists.put(Explicit.COGNITION, COGNITION);
        lists.put(Explicit.MODAL, MODAL);
        lists.put(Explicit.NEGATION, NEGATION);
        lists.put(Explicit.STAGE_DIRECTION, STAGE);
        lists.put(Explicit.LAW_WORD, LAW);
        lists.put(Explicit.CAUSAL_WORD, CAUSAL);
        Map<String, List<Explicit>> byWord = new HashMap<>();
        lists.forEach((feature, words) -> words.forEach(w -> byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(feature)));
        Map<String, Explicit[]> out = new HashMap<>();
        byWord.forEach((w, fs) -> out.put(w, fs.toArray(Explicit[]::new)));
        return Map.copyOf(out);
    }

    private final Tokenizer tokenizer = new Tokenizer();

    /** The features of {@code sentence}; {@code embedding} may be {@code null} (those features are then absent). */
    SparseVector of(String sentence, float[] embedding) {
        List<Token> tokens = tokenizer.tokenize(sentence, 0, sentence.length());
        float[] explicit = explicit(sentence, tokens);
        List<String> words = normalisedWords(tokens);
        int n = explicit.length + (embedding == null ? 0 : embedding.length) + 2 * words.size() + 1;
        int[] idx = new int[n];
        float[] val = new float[n];
        int k = 0;
        for (int i = 0; i < explicit.length; i++) {
            if (explicit[i] != 0) {
                idx[k] = i;
                val[k++] = explicit[i];
            }
        }
        if (embedding != null) {
            for (int i = 0; i < embedding.length; i++) {
                idx[k] = EMBEDDING_OFFSET + i;
                val[k++] = embedding[i];
            }
        }
        // Scaled so a long sentence does not outvote its explicit features by word count alone.
        float wordWeight = (float) (1.0 / Math.sqrt(Math.max(1, words.size())));
        String previous = "<s>";
        for (String w : words) {
            idx[k] = hash(w);
            val[k++] = wordWeight;
            idx[k] = hash(previous + " " + w);
            val[k++] = wordWeight;
            previous = w;
        }
        idx[k] = hash(previous + " </s>");
        val[k++] = wordWeight;
        return new SparseVector(java.util.Arrays.copyOf(idx, k), java.util.Arrays.copyOf(val, k));
    }

    static float[] explicit(String sentence, List<Token> tokens) {
        float[] f = new float[Explicit.values().length];
        int words = 0;
        int capitalised = 0;
        int past = 0;
        boolean first = true;
        String previous = "";
        for (Token t : tokens) {
            String w = t.lower();
            if (t.isWord()) {
                words++;
                if (!first && t.isCapitalized() && !w.equals("i") && !FIRST_SINGULAR.contains(w)) {
                    capitalised++;
                }
                if (t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT))
                        && !t.text().equals(t.text().toLowerCase(Locale.ROOT)) && !t.text().contains(".")) {
                    set(f, Explicit.ALL_CAPS_WORD);
                }
                if (first && OPENER.contains(w)) {
                    set(f, Explicit.DISCOURSE_OPENER);
                }
                first = false;
            }
            if (Character.isDigit(t.text().charAt(0))) {
                set(f, isYear(t.text()) ? Explicit.YEAR : Explicit.NUMBER);
            }
            for (Explicit e : WORD_FEATURES.getOrDefault(w, NONE)) {
                if (e == Explicit.PAST_TENSE) {
                    past++;
                } else {
                    set(f, e);
                }
            }
            if (w.length() > 4 && w.endsWith("ed") && !PAST.contains(w)) past++;
            if (w.equals("to") && previous.equals("going")) set(f, Explicit.FUTURE);
            if (w.endsWith("n't") || w.endsWith("n’t")) set(f, Explicit.NEGATION);
            previous = w;
        }
        f[Explicit.CAPITALISED_WORDS.ordinal()] = (float) Math.log1p(capitalised);
        f[Explicit.PAST_TENSE.ordinal()] = Math.min(1f, past / 2f);
        f[Explicit.LOG_LENGTH.ordinal()] = (float) (Math.log1p(words) / Math.log(64));
        if (words < 6) set(f, Explicit.SHORT);
        if (sentence.indexOf('?') >= 0) set(f, Explicit.QUESTION);
        if (sentence.indexOf('!') >= 0) set(f, Explicit.EXCLAMATION);
        return f;
    }

    private static void set(float[] f, Explicit feature) {
        f[feature.ordinal()] = 1f;
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && s.chars().allMatch(Character::isDigit);
    }

    /** Lower-cased words and punctuation that matters (? ! $ %); every number becomes one token. */
    private static List<String> normalisedWords(List<Token> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            String w = t.lower();
            if (Character.isDigit(w.charAt(0))) {
                out.add(isYear(w) ? "<year>" : "<num>");
            } else if (t.isWord() || w.equals("?") || w.equals("!") || w.equals("$") || w.equals("%")) {
                out.add(w.replace('’', '\''));
            }
        }
        return out;
    }

    /** A stable hash (String.hashCode is specified by the JLS), mixed so nearby strings spread out. */
    static int hash(String s) {
        int h = s.hashCode() * 0x9E3779B9;
        h ^= h >>> 15;
        return HASH_OFFSET + (h & ((1 << HASH_BITS) - 1));
    }
}
