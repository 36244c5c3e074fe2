package dev.attest.core.extract;

import dev.attest.core.lexicon.WordSet;
import dev.attest.core.lexicon.SpeakerWords;
import dev.attest.core.model.Mention;
import dev.attest.core.model.MentionType;
import dev.attest.core.model.Span;
import dev.attest.core.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the noun phrase that names a speaker next to a reporting cue: to the left of the cue
 * ("press secretary Sarah Sanders told", "Jane Roe, a nurse, said") or to its right ("said Trump").
 * Without a parser or NER model this relies on capitalisation and closed word classes.
 */
final class SpeakerPhrases {
    /** Capitalised words that start sentences or clauses without being names. */
    private static final Set<String> NOT_NAME_WORDS = WordSet.of(
            "the", "a", "an", "but", "and", "or", "so", "yet", "however", "meanwhile", "yesterday", "today",
            "tonight", "tomorrow", "earlier", "later", "now", "still", "also", "then", "last", "this", "that",
            "these", "those", "when", "after", "before", "while", "although", "though", "because", "since",
            "if", "as", "in", "on", "at", "for", "with", "by", "from", "to", "of", "despite", "instead",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "there", "here", "what", "which", "where", "why", "how", "it", "its", "his", "her", "their", "our",
            "my", "your", "we", "i", "you", "he", "she", "they", "both", "each", "every", "all", "no", "not",
            "indeed", "finally", "first", "second", "again", "once", "perhaps", "maybe", "asked", "speaking",
            "according", "like", "unlike", "among", "during", "until", "about", "over", "under", "just", "only",
            "even", "recently", "previously", "currently", "separately", "overall", "together", "ultimately",
            "in", "thus", "hence", "moreover", "furthermore", "additionally", "nevertheless", "nonetheless",
            "said", "says", "told", "mr", "ms", "mrs");

    /** Words allowed between a subject and its verb: "Trump also said", "she has repeatedly warned". */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = WordSet.of(
            "also", "later", "then", "has", "had", "have", "previously", "again", "once", "repeatedly",
            "recently", "publicly", "reportedly", "earlier", "initially", "first", "further", "simply",
            "flatly", "angrily", "quickly", "immediately", "privately", "separately", "similarly",
            "frequently", "often", "long", "already", "ultimately", "finally", "originally", "just", "would",
            "will", "could", "can", "may", "might", "should", "did", "does", "do", "had", "once", "even",
            "emphatically", "falsely", "wrongly", "incorrectly", "baselessly", "openly", "explicitly",
            "subsequently", "yesterday", "today", "jokingly", "tearfully", "proudly", "bluntly", "curtly",
            "firmly", "loudly", "softly", "quietly", "calmly", "candidly", "categorically", "directly",
            "now", "still", "not");

    /** Lowercase words that cannot sit inside a speaker noun phrase. */
    private static final Set<String> PHRASE_BREAKERS = WordSet.of(
            "and", "but", "or", "that", "which", "who", "whom", "whose", "when", "while", "as", "because", "if",
            "of", "in", "on", "at", "to", "for", "with", "by", "from", "about", "into", "than", "is", "are",
            "was", "were", "be", "been", "being", "has", "have", "had", "not", "said", "says", "told", "also",
            "so", "then", "there", "where", "what", "after", "before", "since", "though", "although", "it",
            "this", "these", "those", "he", "she", "they", "we", "i", "you", "him", "her", "them", "us",
            "me", "do", "does", "did", "can", "could", "will", "would", "should", "may", "might", "must", "up",
            "out", "over", "under", "through", "against", "during", "without", "within", "between", "among");

    private static final Set<String> NAME_CONNECTORS = WordSet.of(
            "de", "da", "van", "von", "der", "den", "la", "le", "du", "bin", "al", "el", "di", "del", "dos",
            "st.", "of", "and", "&", "for");

    private final SpeakerWords words;

    SpeakerPhrases(SpeakerWords words) {
        this.words = words;
    }

    /** A speaker phrase with the index range of its tokens. */
    record Found(Mention mention, int firstToken, int lastToken) {}

    /**
     * The speaker phrase that ends just before token {@code verb}, skipping adverbs and auxiliaries,
     * and an apposition between commas ("Jane Roe, a nurse at the clinic, said"). {@code floor} is
     * the first token the phrase may use.
     */
    Found leftOf(String text, List<Token> tokens, int verb, int floor) {
        int i = verb - 1;
        while (i >= floor && BETWEEN_SUBJECT_AND_VERB.contains(tokens.get(i).lower())) {
            i--;
        }
        if (i < floor) {
            return null;
        }
        Token t = tokens.get(i);
        if (t.text().equals(",")) {
            return leftOfApposition(text, tokens, i, floor);
        }
        return phraseEndingAt(text, tokens, i, floor);
    }

    private Found leftOfApposition(String text, List<Token> tokens, int comma, int floor) {
        int lo = Math.max(floor, comma - 25);
        for (int j = comma - 1; j > lo; j--) {
            Token t = tokens.get(j);
            if (t.text().equals(",")) {
                Token after = tokens.get(j + 1);
                boolean appositive = words.isDeterminer(after.text()) && !after.lower().equals("that")
                        || after.lower().equals("who") || after.lower().equals("whose") || words.isRole(after.lower())
                        || after.lower().endsWith("’s") || after.lower().endsWith("'s")
                        || after.text().equals("now") || after.text().equals("himself") || after.text().equals("herself")
                        || after.text().matches("\\d+");
                Found head = phraseEndingAt(text, tokens, j - 1, floor);
                if (head != null && head.mention().type() == MentionType.ROLE && allCapitalised(tokens, j + 1, comma)) {
                    // "His father, Ernie LeBlanc, says": the name in the apposition is the speaker
                    return found(text, tokens, j + 1, comma - 1, MentionType.NAME);
                }
                if (head == null || head.mention().type() == MentionType.PRONOUN) {
                    return null;
                }
                // "Nadia Jamil, principal researcher at Dixon Hall, said": after a name any short description will do
                boolean describesName = head.mention().type() == MentionType.NAME && comma - j <= 15
                        && (words.isNameTitle(after.lower()) || after.isWord());
                return appositive || describesName ? head : null;
            }
            if (t.text().equals(".") || t.text().equals(";") || isQuoteMark(t.text())) {
                return null;
            }
        }
        return null;
    }

    /** The speaker phrase whose last token is {@code end}, or null. */
    Found phraseEndingAt(String text, List<Token> tokens, int end, int floor) {
        if (end < floor) {
            return null;
        }
        Token last = tokens.get(end);
        String lower = last.lower();
        if (words.isPronoun(lower)) {
            return found(text, tokens, end, end, MentionType.PRONOUN);
        }
        if (last.isCapitalized() && !words.isNotNameWord(lower) || isInitialism(last)) {
            return nameEndingAt(text, tokens, end, floor);
        }
        if (!last.isWord()) {
            return null;
        }
        // lowercase head noun: a role ("the president") or an unnamed group ("some critics")
        int headStart = end;
        MentionType type;
        if (words.isUnnamedPlural(lower)) {
            type = MentionType.UNNAMED;
        } else {
            int roleStart = roleStart(tokens, end, floor);
            if (roleStart < 0) {
                return null;
            }
            headStart = roleStart;
            type = MentionType.ROLE;
        }
        int start = headStart;
        int modifiers = 0;
        for (int j = headStart - 1; j >= floor && modifiers < 4; j--) {
            Token t = tokens.get(j);
            String l = t.lower();
            if (words.isDeterminer(l)) {
                if (l.equals("that") || l.equals("this")) {
                    break;
                }
                start = j;
                if (type == MentionType.ROLE && (l.equals("a") || l.equals("an") || l.equals("one")
                        || l.equals("some") || l.equals("many") || l.equals("several"))) {
                    type = MentionType.UNNAMED;
                }
                break;
            }
            if (type == MentionType.UNNAMED && (l.equals("and") || l.equals("or")) && j - 1 >= floor
                    && words.isUnnamedPlural(tokens.get(j - 1).lower())) {
                // "Several immigration lawyers and experts": one group of two nouns, named as a whole
                start = j;
                continue;
            }
            if (!t.isWord() || PHRASE_BREAKERS.contains(l)) {
                break;
            }
            if (t.isCapitalized() && !words.isNotNameWord(l)) {
                // "White House officials", "Liberal MP": the capitalised modifier belongs to the phrase
                start = j;
                modifiers++;
                continue;
            }
            if (l.endsWith("’s") || l.endsWith("'s") || l.endsWith("ly")) {
                start = j;
                modifiers++;
                continue;
            }
            start = j;
            modifiers++;
        }
        if (type == MentionType.ROLE && start == headStart && !tokens.get(start).isCapitalized()) {
            // a bare singular role word ("official said") is too weak; "officials" passes as UNNAMED
            return null;
        }
        if (type == MentionType.ROLE && start == headStart) {
            type = MentionType.ROLE;
        }
        return found(text, tokens, start, end, type);
    }

    /** Start token of a (possibly multi-word) role ending at {@code end}, or -1. */
    private int roleStart(List<Token> tokens, int end, int floor) {
        for (int len = Math.min(3, end - floor + 1); len >= 1; len--) {
            StringBuilder sb = new StringBuilder();
            for (int k = end - len + 1; k <= end; k++) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(tokens.get(k).lower());
            }
            if (words.isRole(sb.toString())) {
                return end - len + 1;
            }
        }
        return -1;
    }

    private Found nameEndingAt(String text, List<Token> tokens, int end, int floor) {
        int start = end;
        for (int j = end - 1; j >= floor && end - j < 8; j--) {
            Token t = tokens.get(j);
            String l = t.lower();
            if ((t.isCapitalized() || isInitialism(t)) && !words.isNotNameWord(l)) {
                start = j;
            } else if (NAME_CONNECTORS.contains(l) && j > floor && tokens.get(j - 1).isCapitalized()
                    || l.equals("on") && j > floor && words.isOrganisationRole(tokens.get(j - 1).lower())
                    && tokens.get(j - 1).isCapitalized()) {
                start = j;
            } else if (l.equals(",") && listedItem(tokens, j - 1, floor) && containsAnd(tokens, start, end)) {
                // "Immigration, Refugees and Citizenship Canada": a name that lists single words
                start = j - 1;
                j--;
            } else if (t.isWord() && words.isNameTitle(l) && !PHRASE_BREAKERS.contains(l)) {
                start = j; // "press secretary Sarah Sanders", "former premier Kathleen Wynne"
            } else {
                break;
            }
        }
        while (start < end && NAME_CONNECTORS.contains(tokens.get(start).lower())) {
            start++;
        }
        // the phrase must contain a capitalised word that is not only a title
        boolean hasName = false;
        for (int k = start; k <= end; k++) {
            Token t = tokens.get(k);
            if ((t.isCapitalized() || isInitialism(t)) && !words.isNameTitle(t.lower())) {
                hasName = true;
            }
        }
        if (!hasName) {
            int roleStart = roleStart(tokens, end, floor);
            return roleStart >= 0 ? found(text, tokens, Math.max(start, roleStart), end, MentionType.ROLE) : null;
        }
        if (words.isUnnamedPlural(tokens.get(end).lower()) && start == end) {
            return found(text, tokens, start, end, MentionType.UNNAMED);
        }
        Found described = describedBy(text, tokens, start, end, floor);
        if (described != null) {
            return described;
        }
        return found(text, tokens, start, end, MentionType.NAME);
    }

    /**
     * "A spokeswoman for Trudeau said": the name completes an indefinite description, and the unnamed
     * person described speaks, not the name. Null unless "a/an/one ... role for|of [the] Name".
     */
    private Found describedBy(String text, List<Token> tokens, int start, int end, int floor) {
        int prep = start - 1;
        if (prep > floor && tokens.get(prep).is("the")) {
            prep--;
        }
        if (prep <= floor || !(tokens.get(prep).is("for") || tokens.get(prep).is("of"))) {
            return null;
        }
        Found head = phraseEndingAt(text, tokens, prep - 1, floor);
        if (head == null || head.mention().type() != MentionType.UNNAMED || words.isUnnamedPlural(tokens.get(prep - 1).lower())) {
            return null;
        }
        return found(text, tokens, head.firstToken(), end, MentionType.UNNAMED);
    }

    /**
     * The speaker phrase that starts at token {@code from}, after an inverted cue ("said Oilers head
     * coach Ken Hitchcock", "according to the union's release"). The phrase runs over capitalised
     * words, titles and short lower-case descriptors up to punctuation; it is a name when a name word
     * ends it, otherwise a role or an unnamed source by its head noun.
     */
    Found rightOf(String text, List<Token> tokens, int from, int ceiling) {
        if (from >= ceiling) {
            return null;
        }
        Token first = tokens.get(from);
        String l = first.lower();
        if (words.isPronoun(l)) {
            return l.equals("who") ? null : found(text, tokens, from, from, MentionType.PRONOUN);
        }
        int limit = Math.min(ceiling, from + 12);
        int extent = from - 1;
        int lowerRun = 0;
        int lastName = -1;
        int possessive = -1;
        for (int j = from; j < limit; j++) {
            Token t = tokens.get(j);
            String tl = t.lower();
            if (t.text().equals(",") && lastName == j - 1 && listContinues(tokens, j, limit)) {
                continue; // "the Meteorology, Climatology and Geophysics Agency"
            }
            if (!t.isWord()) {
                break;
            }
            if (tl.equals("on") && lastName == j - 1 && words.isOrganisationRole(tokens.get(j - 1).lower())
                    && j + 1 < limit && tokens.get(j + 1).isCapitalized()) {
                extent = j; // "the National Institute on Drug Abuse", "the Committee on Foreign Relations"
                continue;
            }
            boolean cap = t.isCapitalized() || isInitialism(t);
            if (j == from && words.isDeterminer(tl)) {
                extent = j;
                continue;
            }
            if (cap) {
                lowerRun = 0;
                extent = j;
                if (!words.isNameTitle(tl) && !words.isNotNameWord(tl)) {
                    lastName = j;
                }
            } else if ((PHRASE_BREAKERS.contains(tl) || NAME_CONNECTORS.contains(tl)) && !capitalisedAhead(tokens, j + 1, limit)) {
                break;
            } else if (PHRASE_BREAKERS.contains(tl) && !tl.equals("and") && !tl.equals("of") && !tl.equals("for")) {
                break;
            } else {
                if (++lowerRun > 4) {
                    break;
                }
                extent = j;
            }
            if (tl.endsWith("’s") || tl.endsWith("'s")) {
                possessive = j;
            }
        }
        if (extent < from) {
            return null;
        }
        if (possessive >= 0 && (lastName < possessive) && possessive < extent) {
            // "the union's Friday release": the source is the possessor
            int a = tokens.get(from).start();
            int b = tokens.get(possessive).end() - 2;
            if (b <= a) {
                return null;
            }
            String s = text.substring(a, b);
            MentionType type = Character.isUpperCase(tokens.get(possessive).text().codePointAt(0)) ? MentionType.NAME : MentionType.ROLE;
            return new Found(new Mention(new Span(a, b), s, type), from, possessive);
        }
        String head = tokens.get(extent).lower();
        boolean headIsNoun = words.isRole(head) || words.isUnnamedPlural(head) || words.isOrganisationRole(head);
        if (lastName >= 0 && !(extent > lastName && headIsNoun)) {
            return found(text, tokens, from, lastName, MentionType.NAME);
        }
        if (words.isUnnamedPlural(head)) {
            return found(text, tokens, from, extent, MentionType.UNNAMED);
        }
        if (words.isRole(head) || words.isOrganisationRole(head) || words.isDocumentSource(head)) {
            boolean indefinite = Set.of("a", "an", "one", "some").contains(l);
            return found(text, tokens, from, extent, indefinite ? MentionType.UNNAMED : MentionType.ROLE);
        }
        return null;
    }

    /** A single capitalised word standing alone as an item of a listed name ("Immigration," in a list). */
    private boolean listedItem(List<Token> tokens, int k, int floor) {
        if (k < floor) {
            return false;
        }
        Token t = tokens.get(k);
        if (!t.isCapitalized() || words.isNotNameWord(t.lower())) {
            return false;
        }
        return k == floor || !tokens.get(k - 1).isCapitalized() || tokens.get(k - 1).text().equals(",");
    }

    /**
     * After the comma at {@code comma}: single capitalised words separated by commas, then "and" and at
     * least two capitalised words, as in a listed institution name.
     */
    private static boolean listContinues(List<Token> tokens, int comma, int limit) {
        int k = comma;
        while (k + 1 < limit && tokens.get(k).text().equals(",") && tokens.get(k + 1).isCapitalized()) {
            k += 2;
        }
        return k > comma && k + 2 < limit && tokens.get(k).is("and") && tokens.get(k + 1).isCapitalized()
                && tokens.get(k + 2).isCapitalized();
    }

    private static boolean containsAnd(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (tokens.get(k).is("and")) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCapitalised(List<Token> tokens, int from, int to) {
        if (to - from < 1 || to - from > 4) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!tokens.get(k).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    private static boolean capitalisedAhead(List<Token> tokens, int from, int limit) {
        for (int k = from; k < Math.min(limit, from + 4); k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (t.isCapitalized()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInitialism(Token t) {
        String s = t.text();
        return s.length() >= 2 && s.chars().filter(Character::isUpperCase).count() >= 2 && Character.isLetter(s.charAt(0));
    }

    static boolean isQuoteMark(String s) {
        return s.length() == 1 && "\"“”‘’«»„".indexOf(s.charAt(0)) >= 0;
    }

    private static Found found(String text, List<Token> tokens, int first, int last, MentionType type) {
        int a = tokens.get(first).start();
        int b = tokens.get(last).end();
        // a possessive tail is not part of the name: "Trump’s" -> "Trump"
        String s = text.substring(a, b);
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.endsWith("’s") || lower.endsWith("'s")) {
            return null;
        }
        return new Found(new Mention(new Span(a, b), s, type), first, last);
    }
}
