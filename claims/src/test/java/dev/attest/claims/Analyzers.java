package dev.attest.claims;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.Ledger;

/**
 * One of each expensive object for all tests of the module, created on first use: loading MiniLM
 * takes about a second, and every analyser is thread-safe and immutable, so sharing them is safe.
 * Rule tests use the lexical analyser, which never loads ONNX.
 */
final class Analyzers {
    private Analyzers() {}

    private static final class Lexical {
        static final Pipeline PIPELINE = Pipeline.standard();
        static final CheckworthinessModel MODEL = CheckworthinessModel.bundled();
        static final ClaimAnalyzer ANALYZER = new ClaimAnalyzer(new CheckworthinessScorer(MODEL, null, 0));
    }

    private static final class WithEmbeddings {
        static final SentenceEncoder ENCODER = new SentenceEncoder();
        static final ClaimAnalyzer ANALYZER = new ClaimAnalyzer(
                new CheckworthinessScorer(Lexical.MODEL, ENCODER, CheckworthinessScorer.DEFAULT_MAX_EMBEDDED));
    }

    static Pipeline pipeline() {
        return Lexical.PIPELINE;
    }

    static CheckworthinessModel model() {
        return Lexical.MODEL;
    }

    static SentenceEncoder encoder() {
        return WithEmbeddings.ENCODER;
    }

    /** What {@code attest analyze} uses: the bundled model with MiniLM. */
    static ClaimAnalyzer standard() {
        return WithEmbeddings.ANALYZER;
    }

    /** The same rules and model without embeddings. */
    static ClaimAnalyzer lexical() {
        return Lexical.ANALYZER;
    }

    static Ledger ledger(String text) {
        return Lexical.PIPELINE.analyze(Article.ofText("test", text));
    }

    static ClaimAnalysis analyzeLexically(String text) {
        return Lexical.ANALYZER.analyze(ledger(text));
    }
}
