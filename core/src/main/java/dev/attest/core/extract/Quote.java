package dev.attest.core.extract;

import dev.attest.core.model.Span;

/**
 * Text between quotation marks.
 *
 * @param outer  from the opening mark to the closing mark, inclusive
 * @param inner  the quoted words, trimmed of whitespace
 * @param closed false when no closing mark was found and the quote was cut at its paragraph's end
 * @param paragraphs how many paragraphs the quote runs over (news reopens each continued paragraph)
 */
record Quote(Span outer, Span inner, boolean closed, int paragraphs) {}
