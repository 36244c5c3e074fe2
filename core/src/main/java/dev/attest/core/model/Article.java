package dev.attest.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A news article. All offsets in Attest point into {@link #text()}, which holds the headline
 * (when known) as its first paragraph, followed by the body.
 *
 * @param id        stable identifier (given by the source, or derived from the input)
 * @param title     headline, or {@code null} when the input has none
 * @param text      the analysed text: headline paragraph (if any) then body paragraphs
 * @param source    where the article came from (a file path, feed, outlet host)
 * @param url       canonical URL, or {@code null}
 * @param published publication date, or {@code null} when unknown
 */
public record Article(String id, String title, String text, String source, String url, LocalDate published) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static Article ofText(String id, String text) {
        return new Article(id, null, text, id, null, null);
    }

    /** The span of the headline inside {@link #text()}, or {@code null} when the text does not begin with it. */
    public Span titleSpan() {
        if (title == null || title.isEmpty()) {
            return null;
        }
        int at = text.indexOf(title);
        return at >= 0 && text.substring(0, at).isBlank() ? new Span(at, at + title.length()) : null;
    }
}
