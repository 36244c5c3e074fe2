package dev.attest.core.extract;

import dev.attest.core.lexicon.SpeakerWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import dev.attest.core.lexicon.WordSet;

/**
 * Splits a written name phrase into the titles before it and the name itself: the name is what
 * follows the last title, descriptor or lower-case word ("TransLink CEO Kevin Desmond" -> "Kevin
 * Desmond"; "the province's Department of Community Services" -> "Department of Community Services").
 */
final class PersonNames {
    private static final Set<String> CONNECTORS = WordSet.of("de", "da", "van", "von", "der", "den", "la", "le", "du",
            "bin", "al", "el", "di", "del", "dos", "st.", "of", "and", "&", "for", "on", "the", "y", "ben", "ibn", "mac");

    private final SpeakerWords words;
    private final dev.attest.core.lexicon.GivenNames givenNames = new dev.attest.core.lexicon.GivenNames();

    PersonNames(SpeakerWords words) {
        this.words = words;
    }

    record Split(List<String> titles, List<String> name) {
        String nameText() {
            return String.join(" ", name);
        }

        String titleText() {
            return String.join(" ", titles).toLowerCase(Locale.ROOT);
        }
    }

    private int firstGivenName(List<String> name, int from) {
        for (int i = from; i < name.size() - 1; i++) {
            if (givenNames.isGivenName(name.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean capitalisedWithin(List<String> phrase, int from, int n) {
        for (int k = from; k < Math.min(phrase.size(), from + n); k++) {
            String w = phrase.get(k);
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                return true;
            }
            if (!CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return false;
    }

    Split split(List<String> written) {
        return split(written, false);
    }

    /**
     * @param sentenceInitial the phrase opens a sentence, where any word is capitalised ("Part of Ian
     *                        Poulter’s punishment"), so a given name inside it may start the name
     */
    Split split(List<String> written, boolean sentenceInitial) {
        List<String> phrase = new ArrayList<>(written.size());
        for (String w : written) {
            int slash = w.lastIndexOf('/');
            phrase.add(slash >= 0 && slash + 1 < w.length() ? w.substring(slash + 1) : w); // "Instagram/Darian"
        }
        int from = 0;
        for (int i = 0; i < written.size(); i++) {
            if (written.get(i).indexOf('/') >= 0) {
                from = i; // what stands before a slash is a credit or channel, not the name
            }
        }
        for (int i = 0; i < phrase.size(); i++) {
            String l = phrase.get(i).toLowerCase(Locale.ROOT);
            if (l.endsWith("’s") || l.endsWith("'s") || l.endsWith("s’") || l.endsWith("s'")) {
                from = i + 1; // "CBC's Richard Cuthbertson": the name follows the possessive
            }
        }
        int cut = from - 1;
        for (int i = from; i < phrase.size(); i++) {
            String w = phrase.get(i);
            String l = w.toLowerCase(Locale.ROOT);
            boolean connector = CONNECTORS.contains(l) && i > from && capitalisedWithin(phrase, i + 1, 2)
                    && (Character.isUpperCase(phrase.get(i - 1).codePointAt(0)) || CONNECTORS.contains(phrase.get(i - 1).toLowerCase(Locale.ROOT)));
            if (connector) {
                continue;
            }
            boolean lower = !w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !Character.isDigit(w.codePointAt(0));
            if (lower || words.isNameTitle(l) || words.isNotNameWord(l)) {
                cut = i;
            }
        }
        List<String> titles = new ArrayList<>();
        for (int i = Math.max(0, from); i <= cut && i < phrase.size(); i++) {
            String l = phrase.get(i).toLowerCase(Locale.ROOT);
            if (!words.isDeterminer(l)) {
                titles.add(l);
            }
        }
        List<String> name = cut + 1 < phrase.size() ? List.copyOf(phrase.subList(cut + 1, phrase.size())) : List.of();
        if (!name.isEmpty() && isLowerConnector(name.get(0))) {
            // "Mayor of Surrey" names an office; "Secretary of State Mike Pompeo" still holds a person
            int given = firstGivenName(name, 1);
            if (given < 0) {
                return new Split(titles, List.of());
            }
            for (int k = 0; k < given; k++) {
                titles.add(name.get(k).toLowerCase(Locale.ROOT));
            }
            return new Split(titles, List.copyOf(name.subList(given, name.size())));
        }
        // "Part of Ian Poulter", "Getty Images Kevin Vickers": a connector or a long run before a given name
        for (int i = 1; i < name.size() - 1; i++) {
            // "Pete Fry and Michael Wiebe" holds two people, not a title before the second
            boolean afterConnector = isLowerConnector(name.get(i - 1)) && !isConjunction(name.get(i - 1));
            boolean longRun = name.size() >= 4 && i >= 2 && !isConjunction(name.get(i - 1));
            if ((afterConnector || longRun) && givenNames.isGivenName(name.get(i)) && !givenNames.isGivenName(name.get(i - 1))) {
                for (int k = 0; k < i; k++) {
                    titles.add(name.get(k).toLowerCase(Locale.ROOT));
                }
                return new Split(titles, List.copyOf(name.subList(i, name.size())));
            }
        }
        // "Secretary of State Mike Pompeo": the person's name starts at the given name
        for (int i = 1; i < name.size() && name.size() >= 3 && (!titles.isEmpty() || sentenceInitial); i++) {
            if (givenNames.isGivenName(name.get(i)) && !givenNames.isGivenName(name.get(i - 1)) && name.size() - i >= 2
                    && !name.contains("and") && !name.contains("&")) {
                for (int k = 0; k < i; k++) {
                    titles.add(name.get(k).toLowerCase(Locale.ROOT));
                }
                return new Split(titles, List.copyOf(name.subList(i, name.size())));
            }
        }
        // "Richard Shelby of Alabama": a person's name ends before "of" and the place or body after it
        int of = name.indexOf("of");
        if (of >= 2 && of <= 3 && givenNames.isGivenName(name.get(0))) {
            return new Split(titles, List.copyOf(name.subList(0, of)));
        }
        return new Split(titles, name);
    }

    private static boolean isConjunction(String w) {
        return w.equals("and") || w.equals("&");
    }

    /** "of", "van", "de" written in lower case: inside a name, never its start ("Ben" is not "ben"). */
    private static boolean isLowerConnector(String w) {
        return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0)) && CONNECTORS.contains(w);
    }
}
