package dev.attest.claims;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * A BERT-style sentence encoder run directly on ONNX Runtime: the Hugging Face tokenizer, one session with one
 * intra-op thread, and mean or [CLS] pooling read straight from the output buffer into a unit vector.
 *
 * <p>For a text that fits one run (a sentence) it computes what LangChain4j's
 * {@code OnnxBertBiEncoder} computes ({@code OnnxSentenceModelTest} holds the two equal) but without that library's request objects, streams and array copies per call: ingest
 * embeds about five sentences per article, and that overhead was measured at a tenth of each run
 * (docs/decisions.md). Like the library, a text longer than one run (the tokenizer's positions less [CLS] and [SEP]:
 * 126 word pieces for MiniLM's, 510 for bge's) is cut into runs whose pooled vectors are averaged by length (the library cuts at other places, so such vectors differ
 * slightly, cosine about 0.99); unlike it, only the first {@value #MAX_RUNS} runs count,
 * which bounds the cost of one hostile "sentence" (what we embed are sentences). Sentences are never batched: the quantised model scales activations per run, so a sentence's vector
 * would depend on the sentences next to it.
 *
 * <p>Thread-safe: the tokenizer and the ONNX session may be used from several threads at once.
 */
final class OnnxSentenceModel {
    /** Runs per text at most; a longer text is embedded by its beginning. */
    static final int MAX_RUNS = 4;

    enum Pooling { MEAN, CLS }

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final Pooling pooling;
    private final int dimensions;
    private final long cls;
    private final long sep;
    private final boolean tokenTypes;
    private final int piecesPerRun;

    private OnnxSentenceModel(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer, Pooling pooling,
            int dimensions, int piecesPerRun) {
        if (piecesPerRun < 1) {
            throw new IllegalArgumentException("piecesPerRun must be at least 1, was " + piecesPerRun);
        }
        this.piecesPerRun = piecesPerRun;
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.pooling = pooling;
        this.dimensions = dimensions;
        long[] wrapped = tokenizer.encode("a", true, false).getIds();
        this.cls = wrapped[0];
        this.sep = wrapped[wrapped.length - 1];
        this.tokenTypes = session.getInputNames().contains("token_type_ids");
    }

    /**
     * Loads the model and tokenizer from classpath resources.
     *
     * @param piecesPerRun word pieces per forward pass: the positions the tokenizer was set up with, less two
     * @param artifact     the Maven artifact that should put them there, named in the error when they are missing
     */
    static OnnxSentenceModel load(String onnxResource, String tokenizerResource, Pooling pooling, int dimensions,
            int piecesPerRun, String artifact) {
        try (InputStream onnx = resource(onnxResource, artifact); InputStream tok = resource(tokenizerResource, artifact)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(onnx.readAllBytes(), options);
            HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(tok,
                    Map.of("padding", "false", "truncation", "false"));
            return new OnnxSentenceModel(env, session, tokenizer, pooling, dimensions, piecesPerRun);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + onnxResource + " from the classpath (" + artifact + ")", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the ONNX session for " + onnxResource + ": " + e.getMessage(), e);
        }
    }

    int dimensions() {
        return dimensions;
    }

    /** The unit-length embedding of {@code text} (of its first {@value #MAX_RUNS} runs of word pieces). */
    float[] vector(String text) {
        long[] pieces = tokenizer.encode(text, false, false).getIds();
        if (pieces.length == 0) {
            throw new IllegalArgumentException("nothing to embed in \"" + text + "\"");
        }
        int length = Math.min(pieces.length, MAX_RUNS * piecesPerRun);
        if (length <= piecesPerRun) {
            return unit(pooled(pieces));
        }
        float[] sum = new float[dimensions];
        for (int from = 0; from < length; from += piecesPerRun) {
            int to = Math.min(length, from + piecesPerRun);
            float[] run = pooled(Arrays.copyOfRange(pieces, from, to));
            for (int k = 0; k < dimensions; k++) {
                sum[k] += (to - from) * run[k];
            }
        }
        return unit(sum);
    }

    private float[] pooled(long[] pieces) {
        int n = pieces.length + 2;
        long[] ids = new long[n];
        ids[0] = cls;
        System.arraycopy(pieces, 0, ids, 1, pieces.length);
        ids[n - 1] = sep;
        long[] mask = new long[n];
        Arrays.fill(mask, 1);
        long[] shape = {1, n};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                OnnxTensor typeTensor = tokenTypes ? OnnxTensor.createTensor(env, LongBuffer.wrap(new long[n]), shape) : null;
                OrtSession.Result result = session.run(tokenTypes
                        ? Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor)
                        : Map.of("input_ids", idTensor, "attention_mask", maskTensor))) {
            FloatBuffer states = ((OnnxTensor) result.get(0)).getFloatBuffer(); // [1, n, dimensions], row-major
            float[] out = new float[dimensions];
            int rows = pooling == Pooling.CLS ? 1 : n;
            for (int row = 0; row < rows; row++) {
                int base = row * dimensions;
                for (int k = 0; k < dimensions; k++) {
                    out[k] += states.get(base + k);
                }
            }
            for (int k = 0; k < dimensions; k++) {
                out[k] /= rows;
            }
            return out;
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX run failed on a text of " + pieces.length + " word pieces: " + e.getMessage(), e);
        }
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int k = 0; k < v.length; k++) {
                v[k] = (float) (v[k] / norm);
            }
        }
        return v;
    }

    private static InputStream resource(String name, String artifact) {
        InputStream in = OnnxSentenceModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("model resource missing from the classpath (" + artifact + "): " + name);
        }
        return in;
    }
}
