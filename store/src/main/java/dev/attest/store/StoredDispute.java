package dev.attest.store;

/**
 * A place where an article contests one of its own statements or claims.
 *
 * @param target   the contested statement ({@code s3}) or claim ({@code c7}) id within the article
 * @param start    offset of the contesting words in the article text (inclusive)
 * @param end      offset (exclusive)
 * @param evidence the contesting sentence or clause
 * @param cue      the words that signal the dispute
 */
public record StoredDispute(String target, int start, int end, String evidence, String cue, double confidence, String rule) {
}
