package dev.attest.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A phrase over normalised words, written compactly: elements separated by spaces, each a set of
 * alternatives separated by {@code |}; a trailing {@code ?} makes an element optional; {@code *}
 * at the end of an alternative matches any word with that prefix; {@code _} matches any one word.
 * Example: {@code "no credible|real|hard? evidence|reports|proof"}. Matching is greedy per
 * optional element with backtracking, which is plenty for phrases of a few words.
 */
final class PhrasePattern {
    private record Element(Set<String> words, List<String> prefixes, boolean any, boolean optional) {
        boolean accepts(String w) {
            if (any || words.contains(w)) {
                return true;
            }
            for (String p : prefixes) {
                if (w.startsWith(p)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Where a pattern matched: word indices {@code [from, to)}. */
    record Match(int from, int to) {}

    private final String source;
    private final List<Element> elements;

    private PhrasePattern(String source, List<Element> elements) {
        this.source = source;
        this.elements = elements;
    }

    static PhrasePattern of(String pattern) {
        List<Element> elements = new ArrayList<>();
        for (String part : pattern.trim().split("\\s+")) {
            boolean optional = part.endsWith("?");
            String body = optional ? part.substring(0, part.length() - 1) : part;
            List<String> alternatives = Arrays.asList(body.split("\\|"));
            List<String> prefixes = alternatives.stream().filter(a -> a.endsWith("*")).map(a -> a.substring(0, a.length() - 1)).toList();
            Set<String> words = Set.copyOf(alternatives.stream().filter(a -> !a.endsWith("*") && !a.equals("_")).distinct().toList());
            elements.add(new Element(words, prefixes, alternatives.contains("_"), optional));
        }
        if (elements.isEmpty() || elements.stream().allMatch(Element::optional)) {
            throw new IllegalArgumentException("pattern needs a required element: " + pattern);
        }
        return new PhrasePattern(pattern, List.copyOf(elements));
    }

    @Override
    public String toString() {
        return source;
    }

    /** The words a match can start with, or {@code null} when the first element is optional, a prefix or any word. */
    List<String> openingWords() {
        Element first = elements.getFirst();
        if (first.optional() || first.any() || !first.prefixes().isEmpty()) {
            return null;
        }
        return List.copyOf(first.words());
    }

    /** Every non-overlapping match in {@code words[from, to)}, left to right. */
    List<Match> findAll(List<Word> words, int from, int to) {
        List<Match> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int end = matchAt(words, i, 0, to);
            if (end > i) {
                out.add(new Match(i, end));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The match starting exactly at {@code at}, if any. */
    Match matchAt(List<Word> words, int at, int to) {
        int end = matchAt(words, at, 0, to);
        return end > at ? new Match(at, end) : null;
    }

    /** End index of a match of elements[e..] starting at word i, or -1. */
    private int matchAt(List<Word> words, int i, int e, int to) {
        if (e == elements.size()) {
            return i;
        }
        Element el = elements.get(e);
        if (i < to && el.accepts(words.get(i).norm())) {
            int end = matchAt(words, i + 1, e + 1, to);
            if (end >= 0) {
                return end;
            }
        }
        return el.optional() ? matchAt(words, i, e + 1, to) : -1;
    }
}
