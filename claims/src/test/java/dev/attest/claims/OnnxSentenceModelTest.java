package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OnnxSentenceModelTest {
    private static final String ONNX = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    private static final OnnxSentenceModel OURS = OnnxSentenceModel.load(ONNX, TOKENIZER, OnnxSentenceModel.Pooling.MEAN, 384,
            SentenceEncoder.PIECES_PER_RUN, "test");
    private static final AbstractInProcessEmbeddingModel LIBRARY = library(ONNX, TOKENIZER, PoolingMode.MEAN);

    private static final String SENTENCE = "The council approved the budget after a long debate about roads, schools and parks. ";

    static List<String> texts() {
        return List.of(
                "Unemployment fell to 3.1 percent in March.",
                "Le président a déclaré « nous vaincrons » — naïve café façade!",
                "“Quoted,” she said; 'single' quotes, emoji 🎉 and a URL https://example.org/a?b=c",
                "x",
                SENTENCE.repeat(7)); // 112 word pieces: one run
    }

    @ParameterizedTest
    @MethodSource("texts")
    void givesTheVectorLangChain4jsEncoderGives(String text) {
        float[] ours = OURS.vector(text);
        float[] theirs = embedWithLibrary(text);
        assertThat(ours).hasSize(384);
        assertThat(cosine(ours, theirs)).isGreaterThan(0.9999);
        assertThat(cosine(ours, ours)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void clsPoolingGivesTheVectorLangChain4jsEncoderGivesForBge() {
        String onnx = "/bge-small-en-v1.5-q.onnx";
        String tokenizer = "/bge-small-en-v1.5-q-tokenizer.json";
        OnnxSentenceModel bge = OnnxSentenceModel.load(onnx, tokenizer, OnnxSentenceModel.Pooling.CLS, 384, 510, "test");
        AbstractInProcessEmbeddingModel library = library(onnx, tokenizer, PoolingMode.CLS);
        for (String text : List.of("Represent this sentence for searching relevant passages: migrants hurt soldiers",
                "Unemployment fell to 3.1 percent in March.", SENTENCE.repeat(20))) {
            assertThat(cosine(bge.vector(text), library.embed(TextSegment.from(text)).content().vector())).isGreaterThan(0.9999);
        }
    }

    @Test
    void aTextLongerThanOneRunStaysCloseToTheLibrarysVector() {
        String text = SENTENCE.repeat(20); // 320 word pieces: three runs
        assertThat(cosine(OURS.vector(text), embedWithLibrary(text))).isGreaterThan(0.98);
    }

    @Test
    void aTextLongerThanFourRunsIsEmbeddedByItsBeginning() {
        // the sentence is 16 word pieces: 31 repeats fit in four runs of 126, 40 and 60 do not
        float[] forty = OURS.vector(SENTENCE.repeat(40));
        assertThat(OURS.vector(SENTENCE.repeat(60))).containsExactly(forty);
        assertThat(cosine(forty, OURS.vector(SENTENCE.repeat(31)))).isGreaterThan(0.99).isLessThan(1.0 - 1e-7);
    }

    @Test
    void refusesTextWithNoWordPieces() {
        assertThatThrownBy(() -> OURS.vector("")).isInstanceOf(IllegalArgumentException.class);
    }

    private static float[] embedWithLibrary(String text) {
        return LIBRARY.embed(TextSegment.from(text)).content().vector();
    }

    /** LangChain4j's own encoder over the same model files, through its public embedding-model API. */
    private static AbstractInProcessEmbeddingModel library(String model, String tokenizer, PoolingMode pooling) {
        OnnxBertBiEncoder encoder;
        try (InputStream onnx = OnnxSentenceModelTest.class.getResourceAsStream(model);
                InputStream tok = OnnxSentenceModelTest.class.getResourceAsStream(tokenizer)) {
            encoder = new OnnxBertBiEncoder(onnx, tok, pooling);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new AbstractInProcessEmbeddingModel(Runnable::run) {
            @Override
            protected OnnxBertBiEncoder model() {
                return encoder;
            }

            @Override
            protected Integer knownDimension() {
                return 384;
            }
        };
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
