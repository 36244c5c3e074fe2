package dev.attest.server;

import java.util.List;

/** What a reviewer submits to create or update a review; null fields are left as they are on update. */
public record ReviewDraft(String claim, String statementRef, Rating rating, String explanation, List<String> sources) {
}
