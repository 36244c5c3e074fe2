package dev.attest.claims.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that word-overlap features compare: lower-cased runs of letters and digits without stop words, with a
 * light plural stripping so "vaccines" meets "vaccine". Deliberately simpler than Lucene's analysis: these features
 * sit beside BM25 and should not just repeat it.
 */
final class Terms {
    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
            "is", "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "he", "she",
            "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "me", "him", "them", "us", "not", "no",
            "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "so", "than", "then",
            "there", "what", "which", "who", "whom", "when", "where", "why", "how", "all", "any", "about", "into", "over",
            "after", "before", "up", "out", "just", "also", "more", "most", "very", "s", "t", "rt", "amp", "via");

    private Terms() {
    }

    /** Content words of {@code text}, in order, repeats kept. */
    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : words(text)) {
            String w = raw.toLowerCase(Locale.ROOT).replace(",", "");
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /** Words that look like names: capitalised, not stop words, lower-cased for comparison. */
    static List<String> names(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : words(text)) {
            if (raw.length() > 1 && Character.isUpperCase(raw.charAt(0)) && !STOP.contains(raw.toLowerCase(Locale.ROOT))) {
                out.add(stem(raw.toLowerCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /** Numbers, thousands separators dropped ("10,000" and "10000" are the same number). */
    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        for (String raw : words(text)) {
            String w = raw.replace(",", "");
            if (!w.isEmpty() && w.chars().allMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Runs of letters, digits and in-number commas ("1,000"). */
    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean numberComma = c == ',' && !w.isEmpty() && Character.isDigit(w.charAt(w.length() - 1))
                    && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || numberComma) {
                w.append(c);
            } else if (!w.isEmpty()) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (!w.isEmpty()) {
            out.add(w.toString());
        }
        return out;
    }

    private static String stem(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
