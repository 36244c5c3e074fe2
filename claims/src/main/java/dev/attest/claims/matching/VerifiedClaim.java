package dev.attest.claims.matching;

import java.util.Objects;

/** A claim a fact-checker has already verified: its wording and the headline of its fact-check (may be empty). */
public record VerifiedClaim(String id, String text, String title) {
    public VerifiedClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        title = title == null ? "" : title;
    }

    /** What lexical retrieval searches: both fields, because the headline often names what the claim only implies. */
    public String searchableText() {
        return title.isEmpty() ? text : text + "\n" + title;
    }

    /** The claim as one passage for a retrieval encoder: headline, then wording. */
    public String passage() {
        return title.isEmpty() ? text : title + " " + text;
    }
}
