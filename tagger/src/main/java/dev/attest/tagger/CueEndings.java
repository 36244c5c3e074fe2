package dev.attest.tagger;

import dev.attest.core.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cue-final words that PolNeAR's annotators mostly leave outside the cue. For each pair of words (w1, w2), training
 * cues are counted that end in "w1 w2" and that end in "w1" with "w2" the next word of the text. When the second
 * count is the larger and the pair was seen at least {@link #MIN_SEEN} times, a predicted cue ending in "w1 w2"
 * loses "w2": "said of" (14 of 50 in train) becomes "said", "vows to" becomes "vows", while "referred to" (12 of 13)
 * and "according to" stay. Words are runs of non-space characters, compared in lower case.
 *
 * <p>Immutable and thread-safe.
 */
public final class CueEndings {
    /** Trims nothing. */
    public static final CueEndings NONE = new CueEndings(Map.of());
    static final int MIN_SEEN = 2;
    private static final String HEADER = "# attest cue endings 1: first word, dropped last word, train cues ending in both, train cues followed by the last";

    /** How often a pair of words closed a training cue, and how often the second word followed a cue ending in the first. */
    public record Counts(int inside, int after) {
        public Counts {
            if (inside < 0 || after < 0) {
                throw new IllegalArgumentException("negative count: " + inside + ", " + after);
            }
        }

        boolean drops() {
            return inside + after >= MIN_SEEN && after > inside;
        }
    }

    private final Map<String, Counts> dropped;

    private CueEndings(Map<String, Counts> dropped) {
        this.dropped = Map.copyOf(dropped);
    }

    /** Counts every relation's cue in {@code texts} and keeps the pairs whose last word is mostly outside. */
    public static CueEndings learn(List<LabelledText> texts) {
        Map<String, int[]> counts = new HashMap<>();
        for (LabelledText t : texts) {
            for (LabelledText.Relation r : t.relations()) {
                List<Span> words = words(t.text(), r.cue().start(), r.cue().end());
                if (words.isEmpty()) {
                    continue;
                }
                String last = lower(t.text(), words.getLast());
                if (words.size() >= 2) {
                    counts.computeIfAbsent(key(lower(t.text(), words.get(words.size() - 2)), last), k -> new int[2])[0]++;
                }
                Span next = wordFrom(t.text(), r.cue().end(), t.text().length());
                if (next != null) {
                    counts.computeIfAbsent(key(last, lower(t.text(), next)), k -> new int[2])[1]++;
                }
            }
        }
        Map<String, Counts> kept = new HashMap<>();
        counts.forEach((k, c) -> {
            Counts pair = new Counts(c[0], c[1]);
            if (pair.drops()) {
                kept.put(k, pair);
            }
        });
        return new CueEndings(kept);
    }

    /** {@code cue} without its last word when that word is mostly left outside after the word before it. */
    public Span trim(String text, Span cue) {
        List<Span> words = words(text, cue.start(), cue.end());
        if (words.size() < 2 || !dropped.containsKey(key(lower(text, words.get(words.size() - 2)), lower(text, words.getLast())))) {
            return cue;
        }
        return new Span(cue.start(), words.get(words.size() - 2).end());
    }

    /** The pairs that are trimmed, as "first last", with their counts (sorted, for review and for the file). */
    public Map<String, Counts> pairs() {
        return new TreeMap<>(dropped);
    }

    public int size() {
        return dropped.size();
    }

    public void write(Writer out) throws IOException {
        out.write(HEADER + "\n");
        for (var e : pairs().entrySet()) {
            String[] words = e.getKey().split(" ", 2);
            out.write(words[0] + "\t" + words[1] + "\t" + e.getValue().inside() + "\t" + e.getValue().after() + "\n");
        }
        out.flush();
    }

    /** Reads what {@link #write} wrote; a line of another shape is an error naming {@code name} and the line. */
    public static CueEndings read(InputStream in, String name) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = reader.readLine();
        if (!HEADER.equals(first)) {
            throw new IOException(name + ":1: not an attest cue endings file");
        }
        Map<String, Counts> pairs = new HashMap<>();
        int number = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            String[] f = line.split("\t", -1);
            Counts counts;
            try {
                counts = f.length == 4 && !f[0].isEmpty() && !f[1].isEmpty() && !f[0].contains(" ") && !f[1].contains(" ")
                        ? new Counts(Integer.parseInt(f[2]), Integer.parseInt(f[3])) : null;
            } catch (IllegalArgumentException e) {
                counts = null;
            }
            if (counts == null || !counts.drops()) {
                throw new IOException(name + ":" + number + ": expected first word, last word and two counts with more after than inside, got: " + line);
            }
            pairs.put(key(f[0], f[1]), counts);
        }
        return new CueEndings(pairs);
    }

    private static String key(String first, String last) {
        return first + " " + last;
    }

    private static String lower(String text, Span word) {
        return word.of(text).toLowerCase(Locale.ROOT);
    }

    private static List<Span> words(String text, int from, int to) {
        List<Span> words = new ArrayList<>();
        int end = Math.min(to, text.length());
        for (Span w = wordFrom(text, Math.max(0, from), end); w != null; w = wordFrom(text, w.end(), end)) {
            words.add(w);
        }
        return words;
    }

    /** The first run of non-space characters in {@code [from, end)}, or null. */
    private static Span wordFrom(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int start = i;
        while (i < end && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i > start ? new Span(start, i) : null;
    }
}
