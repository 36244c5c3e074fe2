package dev.attest.claims;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A BERT-style sentence encoder from an ONNX model and tokenizer on the classpath (the LangChain4j model jars ship
 * them as resources), run through ONNX Runtime with one intra-op thread. The jars' own model classes hold one static
 * session using every core for one sentence; we want one thread per call, so parallelism comes from embedding on
 * several threads. Thread-safe: an ORT session may be run concurrently.
 */
final class OnnxBertModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;
    private final int dimensions;

    private OnnxBertModel(OnnxBertBiEncoder encoder, int dimensions) {
        super(Runnable::run); // embed on the caller's thread
        this.encoder = encoder;
        this.dimensions = dimensions;
    }

    /**
     * Loads {@code model} and {@code tokenizer} (classpath resource names); {@code artifact} names the jar that
     * should hold them, for the error when it is missing.
     */
    static OnnxBertModel load(String model, String tokenizer, PoolingMode pooling, int dimensions, String artifact) {
        try (InputStream onnx = resource(model, artifact); InputStream vocabulary = resource(tokenizer, artifact)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(onnx.readAllBytes(), options);
            return new OnnxBertModel(new OnnxBertBiEncoder(env, session, vocabulary, pooling), dimensions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + model + " from the classpath (" + artifact + ")", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the ONNX session for " + model + ": " + e.getMessage(), e);
        }
    }

    /** The unit-length embedding of text the tokenizer accepts (see {@link SentenceEncoder#clean}). */
    float[] vector(String text) {
        return embed(TextSegment.from(text)).content().vector();
    }

    private static InputStream resource(String name, String artifact) {
        InputStream in = OnnxBertModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("model resource missing from the classpath (" + artifact + "): " + name);
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return dimensions;
    }
}
