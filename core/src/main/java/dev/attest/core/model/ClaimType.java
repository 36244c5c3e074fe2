package dev.attest.core.model;

import java.util.Locale;

/**
 * What kind of assertion a claim makes, which decides how a fact-checker would verify it.
 * {@link #OPINION} covers opinions, rhetoric, exhortations and exclamations: nothing to check.
 */
public enum ClaimType {
    /** A number, statistic, amount of money or percentage. */
    QUANTITY,
    /** More/less/bigger than, the most, the first: a ranking that data can confirm. */
    COMPARISON,
    /** Something happened (past tense, an action with an agent). */
    EVENT,
    /** X because of Y, X stems from Y. */
    CAUSAL,
    /** Something will happen. */
    PREDICTION,
    /** What a law, ruling or rule says or allows. */
    LAW_RULE,
    /** An opinion, exhortation or exclamation ("TURN AROUND!"): not checkable. */
    OPINION,
    OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type whose {@link #label()} this is. */
    public static ClaimType fromLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
