package dev.attest.core.extract;

import dev.attest.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations: straight and curly double quotes, guillemets, and curly single quotes where no
 * double quote is open. A curly {@code ’} followed by a letter is an apostrophe ("won’t"), not a
 * closing mark. A quote left open at the end of a paragraph continues when the next paragraph
 * reopens it (the news convention for long quotes); otherwise it ends with its paragraph, so an
 * unbalanced mark never swallows the rest of the article. Two apostrophes ({@code ''}) count as one
 * double quote, the way newspaper archives (the New York Times') transcribe quotation marks.
 */
final class QuoteFinder {
    private static final int MAX_PARAGRAPHS = 12;
    /** Stands for the two-apostrophe mark in the closer slot (a private-use character no text mark uses). */
    private static final char TWO_APOSTROPHES = '\uE000';

    List<Quote> find(String text, List<Span> paragraphs) {
        List<Quote> out = new ArrayList<>();
        int p = 0;
        while (p < paragraphs.size()) {
            p = scanParagraph(text, paragraphs, p, out);
        }
        return out;
    }

    /** Scans paragraph {@code p}; returns the index of the next paragraph to scan. */
    private int scanParagraph(String text, List<Span> paragraphs, int p, List<Quote> out) {
        Span para = paragraphs.get(p);
        int i = para.start();
        while (i < para.end()) {
            char c = text.charAt(i);
            char close = closerFor(text, i, para);
            if (close == 0) {
                i++;
                continue;
            }
            int openAt = i;
            int width = close == TWO_APOSTROPHES ? 2 : 1;
            int closeAt = findCloser(text, i + width, para.end(), c, close);
            if (closeAt >= 0) {
                add(out, text, openAt, closeAt + width, true, 1, width);
                i = closeAt + width;
                continue;
            }
            // open at paragraph end: continue into paragraphs that reopen with the same mark
            int q = p;
            int count = 1;
            while (q + 1 < paragraphs.size() && count < MAX_PARAGRAPHS) {
                Span next = paragraphs.get(q + 1);
                char first = text.charAt(next.start());
                if (first != c && !(c == '"' && first == '"')) {
                    break;
                }
                q++;
                count++;
                int closeNext = findCloser(text, next.start() + width, next.end(), c, close);
                if (closeNext >= 0) {
                    add(out, text, openAt, closeNext + width, true, count, width);
                    // resume scanning after the closing mark in paragraph q
                    return resumeAfter(text, paragraphs, q, closeNext + width, out);
                }
            }
            if (q > p) {
                add(out, text, openAt, paragraphs.get(q).end(), false, count, width);
                return q + 1;
            }
            add(out, text, openAt, para.end(), false, 1, width);
            return p + 1;
        }
        return p + 1;
    }

    private int resumeAfter(String text, List<Span> paragraphs, int q, int from, List<Quote> out) {
        Span para = paragraphs.get(q);
        if (from >= para.end()) {
            return q + 1;
        }
        List<Span> rest = new ArrayList<>(paragraphs);
        rest.set(q, new Span(from, para.end()));
        return scanParagraph(text, rest, q, out);
    }

    /** The closing mark that matches an opening mark at {@code i}, or 0 when {@code i} opens nothing. */
    private static char closerFor(String text, int i, Span para) {
        char c = text.charAt(i);
        boolean nextIsText = i + 1 < para.end() && !Character.isWhitespace(text.charAt(i + 1));
        boolean prevIsBoundary = i == para.start() || isOpeningContext(text.charAt(i - 1));
        return switch (c) {
            case '“' -> '”';
            case '«' -> '»';
            case '„' -> '“';
            case '"' -> nextIsText && (prevIsBoundary || i == para.start()) ? '"' : 0;
            case '”' -> prevIsBoundary && nextIsText ? '”' : 0; // some sites open with the closing mark
            case '‘' -> prevIsBoundary && nextIsText ? '’' : 0;
            case '\'' -> prevIsBoundary && i + 2 < para.end() && text.charAt(i + 1) == '\''
                    && !Character.isWhitespace(text.charAt(i + 2)) && text.charAt(i + 2) != '\'' ? TWO_APOSTROPHES : 0;
            default -> 0;
        };
    }

    private static boolean isOpeningContext(char prev) {
        return Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–'
                || prev == '-' || prev == ':' || prev == '/' || prev == '“' || prev == '"';
    }

    private static int findCloser(String text, int from, int to, char open, char close) {
        for (int j = from; j < to; j++) {
            char d = text.charAt(j);
            if (close == TWO_APOSTROPHES) {
                if (d == '\'' && j + 1 < to && text.charAt(j + 1) == '\'') {
                    return j;
                }
            } else if (close == '’') {
                if (d == '’' && isClosingSingle(text, j, to)) {
                    return j;
                }
                if (d == '“' || d == '"') {
                    return -1; // a double quote inside an open single one: the single was an apostrophe
                }
            } else if (d == close || close == '”' && d == '"' && j > from && !Character.isWhitespace(text.charAt(j - 1))) {
                return j;
            }
        }
        return -1;
    }

    /** ’ closes a single quote unless a letter follows it (an apostrophe inside a word). */
    private static boolean isClosingSingle(String text, int j, int to) {
        return j + 1 >= to || !Character.isLetter(text.charAt(j + 1));
    }

    private static void add(List<Quote> out, String text, int openAt, int endExclusive, boolean closed, int paragraphs, int width) {
        int a = openAt + width;
        int b = closed ? endExclusive - width : endExclusive;
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        if (b <= a) {
            return;
        }
        out.add(new Quote(new Span(openAt, endExclusive), new Span(a, b), closed, paragraphs));
    }
}
