package dev.attest.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes a predicted canonical speaker name comparable with GGT's {@code reference}. The steps, in order:
 * <ol>
 *   <li>accents folded (NFD, combining marks removed), then lower case;</li>
 *   <li>periods and apostrophes deleted ("J.D." → "jd", "O'Brien" → "obrien"); every other punctuation
 *       or symbol character becomes a space ("Jean-Yves" → "jean yves");</li>
 *   <li>split on whitespace, which trims and collapses spaces;</li>
 *   <li>leading titles and the article "the" removed, repeatedly ("The former Prime Minister X" → "x"),
 *       but never the last word, so a name that is only a title stays comparable;</li>
 *   <li>words joined with one space.</li>
 * </ol>
 * {@link #sameSurname} is the lenient comparison: the last words are equal once a generational suffix
 * (jr, sr, ii, iii, iv) is dropped.
 */
public final class NameNormaliser {
    /**
     * Titles, already normalised; multi-word ones are matched word by word. The article "the" is
     * stripped the same way: GGT references write "The AFN Youth Council" where an extractor's
     * canonical name is "AFN Youth Council", and the article names nobody.
     */
    private static final List<List<String>> TITLES = titles("the",
            "prime minister", "deputy prime minister", "vice president", "attorney general",
            "secretary of state", "house speaker", "chief justice",
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "president", "premier", "minister",
            "mayor", "sen", "senator", "rep", "representative", "gov", "governor", "chief", "judge",
            "justice", "sir", "dame", "rev", "reverend", "hon", "honourable", "honorable", "former",
            "gen", "lt", "col", "capt", "sgt", "maj", "adm", "cllr", "councillor", "councilor", "coun",
            "const", "det", "insp", "supt", "commissioner", "chancellor", "secretary", "speaker");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DELETED = Pattern.compile("[.'’‘ʼ`]");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern SEPARATING = Pattern.compile("[\\p{P}\\p{S}]");

    private NameNormaliser() {
    }

    public static String normalise(String name) {
        return String.join(" ", words(name));
    }

    /** Full normalised equality: the strict speaker measure. Blank names never match. */
    public static boolean sameName(String a, String b) {
        String na = normalise(a);
        return !na.isEmpty() && na.equals(normalise(b));
    }

    /** Equal last words (after dropping jr, sr, ii, iii, iv): the lenient speaker measure. */
    public static boolean sameSurname(String a, String b) {
        String sa = surname(a);
        return !sa.isEmpty() && sa.equals(surname(b));
    }

    public static String surname(String name) {
        List<String> words = new ArrayList<>(words(name));
        while (words.size() > 1 && SUFFIXES.contains(words.getLast())) {
            words.removeLast();
        }
        return words.isEmpty() ? "" : words.getLast();
    }

    private static List<String> words(String name) {
        String folded = COMBINING_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String lower = folded.toLowerCase(Locale.ROOT);
        String spaced = SEPARATING.matcher(DELETED.matcher(lower).replaceAll("")).replaceAll(" ");
        List<String> words = new ArrayList<>(Arrays.asList(WHITESPACE.split(spaced)));
        words.removeIf(String::isEmpty);
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (List<String> title : TITLES) {
                if (words.size() > title.size() && words.subList(0, title.size()).equals(title)) {
                    words.subList(0, title.size()).clear();
                    stripped = true;
                    break;
                }
            }
        }
        return words;
    }

    /** Longer titles first, so "prime minister" wins over a hypothetical "prime". */
    private static List<List<String>> titles(String... titles) {
        return Arrays.stream(titles)
                .map(t -> List.of(t.split(" ")))
                .sorted((a, b) -> Integer.compare(b.size(), a.size()))
                .toList();
    }
}
