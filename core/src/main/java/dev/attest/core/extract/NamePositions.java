package dev.attest.core.extract;

import dev.attest.core.extract.NameRun.Position;
import dev.attest.core.lexicon.WordSet;
import dev.attest.core.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Reads the grammatical slot of a name run from the tokens around it, without a parser: what opens
 * the clause the name stands in, and what directly follows it. Good enough to tell the subject a
 * pronoun continues from the object or the photo credit it does not.
 */
final class NamePositions {
    private static final Set<String> SUBORDINATORS = WordSet.of("although", "though", "when", "while", "because",
            "after", "before", "if", "since", "as", "once", "until", "unless", "whereas", "that", "where", "whether",
            "so", "whom");
    /** Words that may stand between a clause boundary and a name without making it an object. */
    private static final Set<String> LEAD_WORDS = WordSet.of("the", "a", "an", "his", "her", "their", "its", "our",
            "former", "then", "late", "also", "both");
    private static final int CREDIT_REACH = 6;

    Position of(List<Token> tokens, String text, int first, int last, boolean clauseStart, boolean quoted) {
        if (quoted) {
            return Position.QUOTED;
        }
        if (isCredit(tokens, first, last)) {
            return Position.CREDIT;
        }
        if (NameRuns.isPossessive(tokens.get(last))) {
            return Position.POSSESSIVE;
        }
        if (clauseStart) {
            return isAppositive(tokens, first, last) ? Position.OBJECT : Position.SUBJECT;
        }
        int k = first;
        // "Former premier Brian Gallant", "the veteran Green councillor": walk back over what leads a noun phrase
        while (k > 0 && first - k < 3 && isLead(tokens.get(k - 1))) {
            k--;
        }
        if (k == 0 || isBoundary(text, tokens.get(k - 1), tokens.get(k))) {
            return Position.SUBJECT;
        }
        return SUBORDINATORS.contains(tokens.get(k - 1).lower()) ? Position.SUBORDINATE_SUBJECT : Position.OBJECT;
    }

    private static boolean isLead(Token t) {
        return t.isWord() && (t.isCapitalized() || LEAD_WORDS.contains(t.lower()));
    }

    private static boolean isBoundary(String text, Token prev, Token t) {
        String p = prev.text();
        return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("”") || p.equals("\"") || p.equals(",")
                || p.equals(";") || p.equals(":") || p.equals("—") || prev.is("and") || prev.is("but")
                || text.substring(prev.end(), t.start()).indexOf('\n') >= 0;
    }

    /** "his father's friend, Martin Legere, gave": a name set off by commas after a common noun renames it. */
    private static boolean isAppositive(List<Token> tokens, int first, int last) {
        if (first < 2 || last + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(first - 2);
        return tokens.get(first - 1).text().equals(",") && tokens.get(last + 1).text().equals(",")
                && before.isWord() && !before.isCapitalized();
    }

    /** A slash next to the name, or parentheses around it: "(Steve Lawrence/CBC)", "Ryan Remiorz / The Canadian Press". */
    private static boolean isCredit(List<Token> tokens, int first, int last) {
        if (last + 1 < tokens.size() && tokens.get(last + 1).text().startsWith("/")
                || first > 0 && tokens.get(first - 1).text().endsWith("/")
                || tokens.get(last).text().indexOf('/') >= 0) {
            return true;
        }
        boolean opened = false;
        for (int k = first - 1; k >= 0 && first - k <= CREDIT_REACH; k--) {
            String s = tokens.get(k).text();
            if (s.equals("(")) {
                opened = true;
                break;
            }
            if (s.equals(")") || s.equals(".")) {
                return false;
            }
        }
        if (!opened) {
            return false;
        }
        for (int k = last + 1; k < tokens.size() && k - last <= CREDIT_REACH; k++) {
            String s = tokens.get(k).text();
            if (s.equals(")")) {
                return true;
            }
            if (s.equals("(") || s.equals(".")) {
                return false;
            }
        }
        return false;
    }
}
