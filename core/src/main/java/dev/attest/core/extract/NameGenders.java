package dev.attest.core.extract;

import dev.attest.core.lexicon.GivenNames.Gender;
import dev.attest.core.lexicon.WordSet;
import dev.attest.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Gender evidence the article itself gives a name, for names no list of given names knows:
 * a title ("Ms. Carr"), a kinship apposition ("Ernie LeBlanc, father of ...", "His father, Ernie
 * LeBlanc") or the first personal pronoun later in the sentence the name is the subject of
 * ("Golden said she looked ...", but not "Stanovaya noted that Putin's ... his view").
 */
final class NameGenders {
    private static final Set<String> MALE_TITLES = WordSet.of("mr", "mr.", "sir", "father", "brother");
    private static final Set<String> FEMALE_TITLES = WordSet.of("mrs", "mrs.", "ms", "ms.", "miss", "dame", "sister");
    private static final Set<String> MALE_WORDS = WordSet.of("father", "husband", "son", "brother", "man", "boy",
            "grandfather", "uncle", "nephew", "boyfriend", "dad", "grandson", "stepfather", "widower", "king", "prince");
    private static final Set<String> FEMALE_WORDS = WordSet.of("mother", "wife", "daughter", "sister", "woman", "girl",
            "grandmother", "aunt", "niece", "girlfriend", "mom", "mum", "granddaughter", "stepmother", "widow", "queen",
            "princess");
    private static final Set<String> MALE_PRONOUNS = WordSet.of("he", "his", "him", "himself");
    private static final Set<String> FEMALE_PRONOUNS = WordSet.of("she", "her", "hers", "herself");
    private static final int PRONOUN_REACH = 25;

    Gender of(List<Token> tokens, List<String> titles, int last, boolean clauseStart) {
        for (String t : titles) {
            if (MALE_TITLES.contains(t)) {
                return Gender.MALE;
            }
            if (FEMALE_TITLES.contains(t)) {
                return Gender.FEMALE;
            }
        }
        Gender apposed = apposition(tokens, last);
        if (apposed != Gender.UNKNOWN || !clauseStart) {
            return apposed;
        }
        for (int k = last + 1; k < tokens.size() && k - last <= PRONOUN_REACH; k++) {
            Token t = tokens.get(k);
            String s = t.text();
            if (s.equals(".") || s.equals("!") || s.equals("?") || s.equals("“") || s.equals("”") || s.equals("\"")
                    || t.isWord() && t.isCapitalized()) {
                break; // a sentence end, a quotation, or another name the pronoun may belong to
            }
            if (MALE_PRONOUNS.contains(t.lower())) {
                return Gender.MALE;
            }
            if (FEMALE_PRONOUNS.contains(t.lower())) {
                return Gender.FEMALE;
            }
        }
        return Gender.UNKNOWN;
    }

    /** The gender a noun gives the person it describes: "spokeswoman", "father"; UNKNOWN for most. */
    static Gender ofWord(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (MALE_WORDS.contains(w) || w.endsWith("man") && !w.endsWith("woman") && w.length() > 5) {
            return Gender.MALE;
        }
        return FEMALE_WORDS.contains(w) || w.endsWith("woman") ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** "Name, 42, father of ...": the noun the name is set beside. */
    private static Gender apposition(List<Token> tokens, int last) {
        int k = last + 1;
        if (k >= tokens.size() || !tokens.get(k).text().equals(",")) {
            return Gender.UNKNOWN;
        }
        k++;
        if (k + 1 < tokens.size() && Character.isDigit(tokens.get(k).text().charAt(0)) && tokens.get(k + 1).text().equals(",")) {
            k += 2;
        }
        while (k < tokens.size() && (tokens.get(k).is("a") || tokens.get(k).is("the") || tokens.get(k).is("his")
                || tokens.get(k).is("her") || tokens.get(k).is("their"))) {
            k++;
        }
        if (k >= tokens.size()) {
            return Gender.UNKNOWN;
        }
        String w = tokens.get(k).lower();
        return MALE_WORDS.contains(w) ? Gender.MALE : FEMALE_WORDS.contains(w) ? Gender.FEMALE : Gender.UNKNOWN;
    }
}
