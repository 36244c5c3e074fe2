package dev.attest.core.extract;

import dev.attest.core.lexicon.SpeakerWords;
import dev.attest.core.lexicon.WordSet;
import dev.attest.core.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects the proper-name runs of an article: the name chains that surnames and titles resolve to. */
final class NameRuns {
    private static final Set<String> CONNECTORS = WordSet.of("de", "da", "van", "von", "der", "den", "la", "le", "du",
            "bin", "al", "el", "di", "del", "dos", "st.", "of", "and", "for", "on");
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Z][A-Za-z]{1,9})\\)");

    private final SpeakerWords words;
    private final PersonNames names;
    private final NamePositions positions = new NamePositions();
    private final NameGenders genders = new NameGenders();

    NameRuns(SpeakerWords words) {
        this.words = words;
        this.names = new PersonNames(words);
    }

    /** Name runs of the text from offset {@code from} on (the body: headlines capitalise every word). */
    List<NameRun> find(List<Token> tokens, String text, int from) {
        return find(tokens, text, from, null);
    }

    /**
     * @param inQuote per token, whether it lies inside a quotation (null when unknown): names there are the
     *                speaker's words and rarely what a later pronoun points to
     */
    List<NameRun> find(List<Token> tokens, String text, int from, boolean[] inQuote) {
        List<NameRun> runs = new ArrayList<>();
        int i = 0;
        int n = tokens.size();
        while (i < n && tokens.get(i).start() < from) {
            i++;
        }
        while (i < n) {
            Token t = tokens.get(i);
            if (!isNameToken(t)) {
                i++;
                continue;
            }
            int start = i;
            int j = i;
            while (j + 1 < n && !isPossessive(tokens.get(j)) && onlySpacesBetween(text, tokens.get(j), tokens.get(j + 1)) && (isNameToken(tokens.get(j + 1))
                    || CONNECTORS.contains(tokens.get(j + 1).lower()) && j + 2 < n
                    && (isNameToken(tokens.get(j + 2)) || CONNECTORS.contains(tokens.get(j + 2).lower()) && j + 3 < n && isNameToken(tokens.get(j + 3)))
                    && onlySpacesBetween(text, tokens.get(j + 1), tokens.get(j + 2)))) {
                j++;
            }
            // titles written in lower case before the name: "press secretary Sarah Sanders"
            int titleStart = start;
            while (titleStart - 1 >= 0 && titleStart > start - 4 && tokens.get(titleStart - 1).isWord()
                    && !tokens.get(titleStart - 1).isCapitalized() && words.isNameTitle(tokens.get(titleStart - 1).lower())
                    && onlySpacesBetween(text, tokens.get(titleStart - 1), tokens.get(titleStart))) {
                titleStart--;
            }
            List<String> phrase = new ArrayList<>();
            for (int k = titleStart; k <= j; k++) {
                phrase.add(k == j ? withoutPossessive(tokens.get(k).text()) : tokens.get(k).text());
            }
            boolean sentenceInitial = titleStart == 0 || isSentenceBoundary(text, tokens.get(titleStart - 1), tokens.get(titleStart));
            PersonNames.Split split = names.split(phrase, sentenceInitial);
            if (!split.name().isEmpty()) {
                int nameStart = tokens.get(j - split.name().size() + 1).start();
                boolean clauseStart = titleStart == 0 || isClauseBoundary(tokens.get(titleStart - 1));
                int end = isPossessive(tokens.get(j)) ? tokens.get(j).end() - 2 : tokens.get(j).end();
                NameRun.Position position = positions.of(tokens, text, titleStart, j, clauseStart,
                        inQuote != null && inQuote.length > start && inQuote[start]);
                runs.add(new NameRun(nameStart, end, split.titles(), split.name(), clauseStart, position,
                        genders.of(tokens, split.titles(), j, clauseStart), describedAsPerson(tokens, j)));
            }
            i = j + 1;
        }
        return runs;
    }

    /**
     * "Immigration, Refugees and Citizenship Canada (IRCC)" makes IRCC an alias of the full name. A
     * bounded backward walk over words from each parenthesis, so hostile text cannot make it slow.
     */
    static Map<String, String> acronyms(String text) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            String acr = m.group(1);
            String full = capitalisedWordsBefore(text, m.start());
            if (full != null && initialsMatch(full, acr)) {
                out.putIfAbsent(acr, full);
            }
        }
        return out;
    }

    private static String capitalisedWordsBefore(String text, int paren) {
        int end = paren;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        int words = 0;
        int i = end;
        while (i > 0 && words < 12) {
            int wordEnd = i;
            while (i > 0 && (Character.isLetter(text.charAt(i - 1)) || "’'.-".indexOf(text.charAt(i - 1)) >= 0)) {
                i--;
            }
            if (i == wordEnd) {
                break;
            }
            String w = text.substring(i, wordEnd);
            boolean cap = Character.isUpperCase(w.charAt(0));
            boolean connector = w.equals("of") || w.equals("and") || w.equals("for") || w.equals("on") || w.equals("the");
            if (!cap && !connector) {
                break;
            }
            if (cap) {
                start = i;
            }
            words++;
            while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ',')) {
                i--;
            }
        }
        return start < end ? text.substring(start, end) : null;
    }

    private static boolean initialsMatch(String full, String acr) {
        StringBuilder initials = new StringBuilder();
        for (String w : full.split("[ ,-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        String a = acr.replaceAll("[^A-Z]", "");
        return initials.toString().contains(a) || a.length() >= 2 && initials.toString().startsWith(a.substring(0, 2));
    }

    /** "Yuni, a resident of Lampung", "Roman, 49,": a person described right after the name. */
    private boolean describedAsPerson(List<Token> tokens, int last) {
        int k = last + 1;
        if (k + 2 >= tokens.size() || !tokens.get(k).text().equals(",")) {
            return false;
        }
        Token next = tokens.get(k + 1);
        if (Character.isDigit(next.text().charAt(0))) {
            return tokens.get(k + 2).text().equals(",") && next.text().length() <= 3;
        }
        if (!next.is("a") && !next.is("an")) {
            return false;
        }
        for (int i = k + 2; i < Math.min(tokens.size(), k + 5); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.isCapitalized() || words.isOrganisationRole(t.lower()) || words.isDocumentSource(t.lower())) {
                return false;
            }
            if (PERSON_NOUNS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns that describe a person in an apposition; organisations and things never take them. */
    private static final Set<String> PERSON_NOUNS = WordSet.of("resident", "man", "woman", "mother", "father", "student",
            "worker", "teacher", "nurse", "doctor", "farmer", "fisherman", "survivor", "witness", "volunteer", "owner",
            "spokesman", "spokeswoman", "spokesperson", "member", "veteran", "refugee", "retiree", "pensioner", "parent",
            "driver", "guide", "villager", "shopkeeper", "vendor", "official", "activist", "lawyer", "friend", "neighbour",
            "neighbor", "customer", "tourist", "visitor", "employee", "artist", "musician", "player", "fan");

    private static boolean isSentenceBoundary(String text, Token prev, Token t) {
        String p = prev.text();
        return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("”") || p.equals("\"")
                || text.substring(prev.end(), t.start()).indexOf('\n') >= 0;
    }

    private static boolean isClauseBoundary(Token t) {
        String s = t.text();
        return s.equals(".") || s.equals(",") || s.equals(";") || s.equals(":") || s.equals("”") || s.equals("\"")
                || s.equals("—") || t.is("and") || t.is("but");
    }

    private static boolean onlySpacesBetween(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    /** "Ian Poulter’s punishment": a possessive ends a name run and still belongs to it. */
    private boolean isNameToken(Token t) {
        if (!t.isWord() || !t.isCapitalized()) {
            return false;
        }
        String l = withoutPossessive(t.lower());
        return !l.isEmpty() && !words.isNotNameWord(l);
    }

    static boolean isPossessive(Token t) {
        String l = t.text();
        return l.length() > 2 && (l.endsWith("’s") || l.endsWith("'s"));
    }

    private static String withoutPossessive(String w) {
        return w.length() > 2 && (w.endsWith("’s") || w.endsWith("'s")) ? w.substring(0, w.length() - 2) : w;
    }
}
