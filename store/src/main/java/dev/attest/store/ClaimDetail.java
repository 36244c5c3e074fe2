package dev.attest.store;

import java.util.List;

/**
 * A claim with what a fact-checker asks next: what its own article says against it, and where else it appears.
 *
 * @param disputes    the article's disputes of the claim or of the statement it comes from
 * @param appearances claims of other articles linked to it, most similar first ({@code embedded} false: the claim
 *                    has no vector, so only its words can find it and this list is empty)
 * @param embedded    whether the claim has a vector (the store embeds each article's most check-worthy claims)
 */
public record ClaimDetail(ClaimRow claim, List<StoredDispute> disputes, List<ClaimAppearance> appearances, boolean embedded) {
    public ClaimDetail {
        disputes = List.copyOf(disputes);
        appearances = List.copyOf(appearances);
    }
}
