package dev.attest.store;

import java.time.LocalDate;

/**
 * One stored statement with the article facts a reader of search results or an export needs.
 *
 * @param ref          {@code <article ref>:<statement id>}, unique in the store
 * @param articleRef   the article's ref (see {@link ArticleIdentity#ref()})
 * @param articleId    the article id as the input gave it (a path, a JSON lines id)
 * @param speaker      the speaker name as the article's ledger resolved it, or {@code null}
 * @param speakerKey   the corpus-wide speaker entity key ("donald trump" also for a ledger that says "Trump"), or {@code null}
 * @param speakerNamed false for unnamed sources ("critics") and unresolved speakers
 * @param cue          the reporting words, or {@code null}
 * @param channel      twitter, statement..., or {@code null}
 * @param start        content offset in the article text (inclusive)
 * @param end          content offset in the article text (exclusive)
 */
public record StatementRow(
        String ref,
        String articleRef,
        String articleId,
        String statementId,
        LocalDate published,
        String outlet,
        String url,
        String title,
        String speaker,
        String speakerKey,
        boolean speakerNamed,
        String kind,
        String cue,
        String channel,
        int start,
        int end,
        String content,
        String rule,
        double confidence) {
}
