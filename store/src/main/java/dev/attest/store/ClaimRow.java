package dev.attest.store;

import java.time.LocalDate;
import java.util.List;

/**
 * One stored claim with the article facts a reader needs.
 *
 * @param ref         {@code <article ref>:<claim id>}, unique in the store
 * @param statementId the statement the claim comes from, or {@code null} for the article's own voice
 * @param speaker     who asserts it as the article's ledger resolved it, or {@code null} (the article itself)
 * @param speakerKey  the corpus-wide speaker entity key, or {@code null}
 * @param start       offset of the claim in the article text (inclusive)
 * @param end         offset (exclusive)
 * @param type        the claim type label (quantity, event, opinion, ...)
 * @param disputed    the article itself contests the claim or its statement
 * @param hedges      {@code kind:words} for each hedge of the claim ({@code distancing:claimed})
 * @param rule        the rules that split and typed the claim
 */
public record ClaimRow(
        String ref,
        String articleRef,
        String claimId,
        String statementId,
        LocalDate published,
        String outlet,
        String url,
        String title,
        String speaker,
        String speakerKey,
        String text,
        int start,
        int end,
        String type,
        double checkworthiness,
        boolean checkworthy,
        boolean disputed,
        List<String> hedges,
        String rule) {
    public ClaimRow {
        hedges = List.copyOf(hedges);
    }

    /** The statement's ref when the claim comes from one, else {@code null}. */
    public String statementRef() {
        return statementId == null ? null : articleRef + ":" + statementId;
    }
}
