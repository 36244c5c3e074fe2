package dev.attest.ingest;

import dev.attest.core.model.Article;

/**
 * Reads a plain-text article. The article text is the whole (line-ending normalised) input, title line
 * included, so offsets reported by Attest can be looked up in the file directly.
 */
final class PlainTextReader {
    /** A longer "first line" is a paragraph that happens to be followed by a blank line, not a headline. */
    private static final int MAX_TITLE_LENGTH = 300;

    Article read(String inputName, String text) {
        return new Article(inputName, title(text), text, inputName, null, null);
    }

    /** The first non-blank line, when a blank line follows it (the usual "headline, blank line, body" layout). */
    private static String title(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = lineEnd(text, start);
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                boolean blankLineFollows = end < text.length() && isBlankLineAt(text, end + 1);
                String title = line.strip();
                return blankLineFollows && title.length() <= MAX_TITLE_LENGTH ? title : null;
            }
            start = end + 1;
        }
        return null;
    }

    private static boolean isBlankLineAt(String text, int start) {
        return start < text.length() && text.substring(start, lineEnd(text, start)).isBlank();
    }

    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }
}
