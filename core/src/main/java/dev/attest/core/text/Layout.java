package dev.attest.core.text;

import dev.attest.core.model.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The text of one article cut into paragraphs, sentences and tokens. Built once per article and
 * read by every extraction stage.
 */
public final class Layout {
    private final String text;
    private final List<Span> paragraphs;
    private final List<Span> sentences;
    private final List<Token> tokens;
    private final int[] sentenceParagraph;

    Layout(String text, List<Span> paragraphs, List<Span> sentences, List<Token> tokens) {
        this.text = text;
        this.paragraphs = List.copyOf(paragraphs);
        this.sentences = List.copyOf(sentences);
        this.tokens = Collections.unmodifiableList(tokens);
        this.sentenceParagraph = new int[sentences.size()];
        int p = 0;
        for (int s = 0; s < sentences.size(); s++) {
            while (p + 1 < paragraphs.size() && paragraphs.get(p).end() <= sentences.get(s).start()) {
                p++;
            }
            sentenceParagraph[s] = p;
        }
    }

    public String text() {
        return text;
    }

    public List<Span> paragraphs() {
        return paragraphs;
    }

    public List<Span> sentences() {
        return sentences;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int paragraphOfSentence(int sentence) {
        return sentenceParagraph[sentence];
    }

    /** Index of the paragraph holding offset {@code at}, or of the nearest paragraph before it. */
    public int paragraphAt(int at) {
        return floorIndex(paragraphs, at);
    }

    /** Index of the sentence holding offset {@code at}, or of the nearest sentence before it. */
    public int sentenceAt(int at) {
        return floorIndex(sentences, at);
    }

    /** Index of the first token starting at or after {@code at}. */
    public int tokenIndexAtOrAfter(int at) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Tokens whose start lies in {@code [from, to)}. */
    public List<Token> tokensIn(int from, int to) {
        int a = tokenIndexAtOrAfter(from);
        int b = tokenIndexAtOrAfter(to);
        return tokens.subList(a, Math.max(a, b));
    }

    private static int floorIndex(List<Span> spans, int at) {
        int lo = 0;
        int hi = spans.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() <= at) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }

    /** Builds layouts; thread-safe and meant to be shared. */
    public static final class Builder {
        private final Sentences sentences = new Sentences();
        private final Tokenizer tokenizer = new Tokenizer();

        public Layout build(String text) {
            List<Span> paragraphs = paragraphs(text);
            List<Span> sents = new ArrayList<>();
            for (Span p : paragraphs) {
                sents.addAll(sentences.split(text, p.start(), p.end()));
            }
            List<Token> tokens = tokenizer.tokenize(text, 0, text.length());
            return new Layout(text, paragraphs, sents, tokens);
        }

        /** Lines are paragraphs: news text puts one paragraph per line, often with blank lines between. */
        public static List<Span> paragraphs(String text) {
            List<Span> out = new ArrayList<>();
            int start = 0;
            int n = text.length();
            for (int i = 0; i <= n; i++) {
                if (i == n || text.charAt(i) == '\n') {
                    int a = start;
                    int b = i;
                    while (a < b && Character.isWhitespace(text.charAt(a))) {
                        a++;
                    }
                    while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                        b--;
                    }
                    if (b > a) {
                        out.add(new Span(a, b));
                    }
                    start = i + 1;
                }
            }
            return out;
        }
    }
}
