package dev.attest.claims;

import dev.attest.core.extract.ClaimExtractor;
import dev.attest.core.model.ArticleClaims;
import dev.attest.core.model.Claim;
import dev.attest.core.model.Ledger;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims layer the store keeps for every article: {@link ClaimAnalyzer}'s claims, hedges and disputes, plus
 * MiniLM vectors for the article's most check-worthy claims, which is what cross-article claim linking compares.
 *
 * <p>Only the top {@code vectorsPerArticle} check-worthy claims are embedded because one embedding costs about
 * as much CPU as extracting the whole article's statements; the rest stay findable by words (BM25).
 */
public final class StoreClaimExtractor implements ClaimExtractor {
    public static final int DEFAULT_VECTORS_PER_ARTICLE = 3;
    private static final String MODEL = "all-minilm-l6-v2-q/" + SentenceEncoder.DIMENSIONS;

    private final ClaimAnalyzer analyzer;
    private final SentenceEncoder encoder;
    private final int vectorsPerArticle;

    public StoreClaimExtractor(ClaimAnalyzer analyzer, SentenceEncoder encoder, int vectorsPerArticle) {
        if (vectorsPerArticle < 0) {
            throw new IllegalArgumentException("vectorsPerArticle must be >= 0, was " + vectorsPerArticle);
        }
        this.analyzer = analyzer;
        this.encoder = encoder;
        this.vectorsPerArticle = vectorsPerArticle;
    }

    /**
     * The bundled check-worthiness model; one MiniLM session serves scoring and the stored vectors, and a claim the
     * scorer embedded already is not embedded again for storing (the encoder remembers an article's worth).
     */
    public static StoreClaimExtractor standard() {
        return standard(CheckworthinessScorer.DEFAULT_MAX_EMBEDDED, DEFAULT_VECTORS_PER_ARTICLE);
    }

    /**
     * {@link #standard()} with other budgets: at most {@code maxEmbedded} claims per article scored with MiniLM and
     * {@code vectorsPerArticle} vectors stored. The encoder remembers twice what one article can embed.
     */
    public static StoreClaimExtractor standard(int maxEmbedded, int vectorsPerArticle) {
        SentenceEncoder encoder = SentenceEncoder.remembering(Math.max(1, 2 * (maxEmbedded + vectorsPerArticle)));
        ClaimAnalyzer analyzer = new ClaimAnalyzer(new CheckworthinessScorer(CheckworthinessModel.bundled(), encoder,
                maxEmbedded));
        return new StoreClaimExtractor(analyzer, encoder, vectorsPerArticle);
    }

    /** How many times this extractor's encoder has run MiniLM (embeddings not answered from its memory). */
    long modelRuns() {
        return encoder.modelRuns();
    }

    @Override
    public ArticleClaims extract(Ledger ledger) {
        ClaimAnalysis analysis = analyzer.analyze(ledger);
        List<Claim> embed = analysis.claims().stream()
                .filter(Claim::checkworthy)
                .sorted(Comparator.comparingDouble(Claim::checkworthiness).reversed().thenComparing(c -> c.span().start()))
                .limit(vectorsPerArticle)
                .toList();
        Map<String, float[]> vectors = new LinkedHashMap<>();
        for (Claim c : embed) {
            vectors.put(c.id(), encoder.encode(c.text()));
        }
        return new ArticleClaims(analysis.claims(), analysis.disputes(), analysis.statementHedges(), vectors);
    }

    @Override
    public String vectorModel() {
        return vectorsPerArticle == 0 ? "none/0" : MODEL;
    }
}
