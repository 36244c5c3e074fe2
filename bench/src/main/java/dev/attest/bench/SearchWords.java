package dev.attest.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Search queries for the store benchmark: single words, two-word phrases and names drawn, with a fixed seed, from
 * the vocabulary the generator writes with, so queries match generated articles the way a user's words match news
 * (some words in thousands of statements, some phrases in few). The same seed always gives the same queries.
 */
public final class SearchWords {
    /** Words too common to be what anyone searches for; they are left out of the vocabulary. */
    private static final Set<String> COMMON = Set.of("that", "this", "with", "will", "have", "been", "were", "they",
            "their", "there", "what", "about", "every", "from", "into", "just", "more", "most", "only", "than",
            "them", "these", "your", "also", "after", "before", "until", "would", "should", "could", "still");

    private final List<String> words;
    private final List<String> phrases;
    private final List<String> names;

    public SearchWords() {
        List<String> sentences = Stream.of(NewsTemplates.QUOTES, NewsTemplates.CLAUSES, NewsTemplates.FILLERS,
                NewsTemplates.SHARED_QUOTE_PARTS_A, NewsTemplates.SHARED_QUOTE_PARTS_B).flatMap(List::stream).toList();
        Set<String> w = new LinkedHashSet<>();
        Set<String> p = new LinkedHashSet<>();
        for (String sentence : sentences) {
            List<String> tokens = tokens(sentence);
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                if (token.length() >= 4 && !COMMON.contains(token)) {
                    w.add(token);
                }
                if (i + 1 < tokens.size() && tokens.get(i).length() >= 3 && tokens.get(i + 1).length() >= 3) {
                    p.add("\"" + token + " " + tokens.get(i + 1) + "\"");
                }
            }
        }
        this.words = List.copyOf(w);
        this.phrases = List.copyOf(p);
        List<String> n = new ArrayList<>();
        Stream.of(NewsTemplates.PLACES, NewsTemplates.ORGANISATIONS, NewsTemplates.FAMILY_NAMES)
                .flatMap(List::stream).forEach(n::add);
        NewsTemplates.TOPICS.forEach(t -> n.add(t.replaceFirst("^the ", "")));
        this.names = List.copyOf(n);
    }

    /**
     * {@code count} queries for {@code seed}: half single words, a quarter quoted two-word phrases, a quarter
     * names of places, organisations, people and topics (several words, unquoted).
     */
    public List<String> queries(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(4);
            List<String> from = kind < 2 ? words : kind == 2 ? phrases : names;
            out.add(from.get(random.nextInt(from.size())));
        }
        return out;
    }

    /** Lowercase words of a template, its {slot} markers and punctuation dropped. */
    private static List<String> tokens(String template) {
        String plain = template.replaceAll("\\{[a-z]+}", " ").toLowerCase(Locale.ROOT).replaceAll("[^a-z' ]", " ");
        List<String> out = new ArrayList<>();
        for (String t : plain.split(" +")) {
            String word = t.replaceAll("^'+|'+$", "");
            if (!word.isEmpty()) {
                out.add(word);
            }
        }
        return out;
    }
}
