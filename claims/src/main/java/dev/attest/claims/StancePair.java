package dev.attest.claims;

import java.util.Objects;

/**
 * One gold pair of a stance data set.
 *
 * @param group  what pairs share and must not be split across train and test folds (FNC-1 body id, Emergent claim id)
 * @param claim  what the stance is toward (FNC-1 headline, Emergent claim)
 * @param text   what takes the stance (FNC-1 article body, Emergent article headline)
 * @param gold   the gold label, in the data set's own words
 */
public record StancePair(String group, String claim, String text, String gold) {
    public StancePair {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(gold, "gold");
    }
}
