package dev.attest.server;

import java.util.List;

/**
 * A fact-check of one claim. Times are ISO-8601 instants as text so the reviews file needs no date module.
 *
 * @param statementRef {@code <article ref>:<statement id>} the claim came from, or {@code null} for a claim typed in
 * @param claimant     who made the claim (the statement's speaker), or {@code null}
 * @param claimDate    when it appeared (the article's date, YYYY-MM-DD), or {@code null}
 * @param appearance   URL of an article where it appeared, or {@code null}
 */
public record Review(String id, String claim, String statementRef, String claimant, String claimDate, String appearance,
                     Rating rating, String explanation, List<String> sources, State state, String author,
                     String created, String updated, String published, List<AuditEntry> audit) {
    public enum State { DRAFT, PUBLISHED }

    /** Who did what, when; {@code detail} names the fields that changed. */
    public record AuditEntry(String who, String action, String when, String detail) {
    }

    public Review {
        sources = List.copyOf(sources);
        audit = List.copyOf(audit);
    }

    public boolean isPublished() {
        return state == State.PUBLISHED;
    }
}
