package dev.attest.claims;

import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;

/**
 * A claim span before it is typed and scored.
 *
 * @param statement the statement it comes from, or {@code null} for the article's own words
 * @param sentence  the layout sentence that holds it
 * @param rule      how the span was cut: {@code statement-sentence}, {@code statement-clause} or {@code article-clause}
 */
record ClaimUnit(Span span, Statement statement, Span sentence, String rule) {}
