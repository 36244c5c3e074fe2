package dev.attest.core.extract;

import dev.attest.core.model.ArticleClaims;
import dev.attest.core.model.Ledger;

/**
 * Finds the claims layer of an analysed article. The seam through which the claims module (check-worthiness
 * model, MiniLM) reaches the store without the store depending on it. Implementations are thread-safe.
 */
public interface ClaimExtractor {
    ArticleClaims extract(Ledger ledger);

    /**
     * Names the embedding model and its dimensions ({@code all-minilm-l6-v2-q/384}), so one store never mixes
     * vectors of two models; {@code none/0} when the extractor embeds nothing.
     */
    String vectorModel();

    /** Stores statements only: no claims, no vectors. */
    static ClaimExtractor none() {
        return NoClaims.INSTANCE;
    }

    enum NoClaims implements ClaimExtractor {
        INSTANCE;

        @Override
        public ArticleClaims extract(Ledger ledger) {
            return ArticleClaims.none();
        }

        @Override
        public String vectorModel() {
            return "none/0";
        }
    }
}
