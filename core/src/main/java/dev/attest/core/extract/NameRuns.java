package dev.attest.core.extract;

import dev.attest.core.lexicon.WordSet;
import dev.attest.core.lexicon.SpeakerWords;
import dev.attest.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Collects the proper-name runs of an article: the name chains that surnames and titles resolve to. */
final class NameRuns {
    private static final Set<String> CONNECTORS = WordSet.of("de", "da", "van", "von", "der", "den", "la", "le", "du",
            "bin", "al", "el", "di", "del", "dos", "st.");
    private static final Set<String> NOT_NAMES = WordSet.of(
            "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "by", "from", "to", "of",
            "if", "as", "when", "after", "before", "while", "this", "that", "these", "those", "there", "here",
            "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "despite", "however", "meanwhile", "yesterday", "today", "what", "why", "how", "who", "where",
            "according", "just", "some", "many", "so", "now", "then", "also", "still", "because", "since",
            "said", "says", "told", "not", "no", "all", "both", "each", "every", "one", "other", "only",
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");

    private final SpeakerWords words;

    NameRuns(SpeakerWords words) {
        this.words = words;
    }

    /** Name runs of the text from offset {@code from} on (the body: headlines capitalise every word). */
    List<NameRun> find(List<Token> tokens, String text, int from) {
        List<NameRun> runs = new ArrayList<>();
        int i = 0;
        while (i < tokens.size() && tokens.get(i).start() < from) {
            i++;
        }
        int n = tokens.size();
        while (i < n) {
            Token t = tokens.get(i);
            if (!isNameToken(t)) {
                i++;
                continue;
            }
            int start = i;
            int j = i;
            while (j + 1 < n && onlySpacesBetween(text, tokens.get(j), tokens.get(j + 1)) && (isNameToken(tokens.get(j + 1))
                    || CONNECTORS.contains(tokens.get(j + 1).lower()) && j + 2 < n && isNameToken(tokens.get(j + 2)))) {
                j++;
            }
            // titles written in lower case before the name: "press secretary Sarah Sanders"
            int titleStart = start;
            while (titleStart - 1 >= 0 && titleStart > start - 4 && tokens.get(titleStart - 1).isWord()
                    && !tokens.get(titleStart - 1).isCapitalized() && words.isNameTitle(tokens.get(titleStart - 1).lower())
                    && !Set.of("the", "and", "of", "in", "for").contains(tokens.get(titleStart - 1).lower())) {
                titleStart--;
            }
            List<String> titles = new ArrayList<>();
            List<String> name = new ArrayList<>();
            for (int k = titleStart; k <= j; k++) {
                String w = tokens.get(k).text();
                String l = w.toLowerCase(Locale.ROOT);
                if (name.isEmpty() && (words.isNameTitle(l) || NOT_NAMES.contains(l))) {
                    if (!NOT_NAMES.contains(l)) {
                        titles.add(l);
                    }
                } else {
                    name.add(w);
                }
            }
            if (!name.isEmpty()) {
                runs.add(new NameRun(tokens.get(titleStart).start(), tokens.get(j).end(), List.copyOf(titles), List.copyOf(name)));
            }
            i = j + 1;
        }
        return runs;
    }

    private static boolean onlySpacesBetween(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameToken(Token t) {
        if (!t.isWord() || !t.isCapitalized()) {
            return false;
        }
        String l = t.lower();
        if (l.endsWith("’s") || l.endsWith("'s")) {
            return false;
        }
        return !(t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT)) && t.text().length() > 4);
    }
}
