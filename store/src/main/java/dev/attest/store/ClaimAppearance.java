package dev.attest.store;

import dev.attest.store.ClaimLinkThresholds.LinkStrength;

/**
 * The same claim in another article: the claim there, how similar it is, how sure the link is, and the stance that
 * article takes toward it.
 *
 * @param similarity the combined similarity of {@link ClaimLinkThresholds} (lexical and MiniLM)
 * @param cosine     cosine of the two claims' MiniLM vectors
 * @param lexical    BM25 of one claim against the other relative to against itself, the better direction
 * @param stance     {@code disputed} (that article contests it), {@code hedged} (it keeps a distance: "claimed",
 *                   "alleged"), {@code reported} (it attributes the claim to a speaker) or {@code asserted} (it says
 *                   so in its own voice)
 */
public record ClaimAppearance(ClaimRow claim, double similarity, double cosine, double lexical, LinkStrength strength, String stance) {
    static String stanceOf(ClaimRow claim) {
        if (claim.disputed()) {
            return "disputed";
        }
        if (claim.hedges().stream().anyMatch(h -> h.startsWith("distancing:"))) {
            return "hedged";
        }
        return claim.speaker() == null ? "asserted" : "reported";
    }
}
