package dev.attest.claims;

import dev.attest.core.lexicon.WordSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content words of a passage reduced to comparable terms, for linking a dispute to the claim
 * it contests: lower-cased, crudely stemmed ("injuries" -> "injury"), and folded through a small
 * hand-made table of near-synonyms news uses for the same thing ("hurt", "harm", "injured" ->
 * injury; "troops", "soldiers", "military" -> soldier). Function words, reporting verbs and the
 * vocabulary of disputing itself ("evidence", "reports", "details", "alleged") are dropped, since
 * they say how something is contested rather than what. Stateless and thread-safe.
 */
final class KeyTerms {
    private static final Set<String> STOP = WordSet.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on",
            "at", "by", "for", "with", "from", "into", "onto", "about", "as", "is", "are", "was", "were", "be", "been",
            "being", "am", "has", "have", "had", "do", "does", "did", "not", "no", "nor", "any", "some", "all", "that",
            "this", "these", "those", "it", "its", "he", "she", "they", "them", "his", "her", "their", "him", "we",
            "us", "our", "you", "your", "i", "me", "my", "there", "here", "which", "who", "whom", "whose", "what",
            "when", "where", "why", "how", "than", "then", "so", "if", "because", "while", "also", "just", "very",
            "more", "most", "such", "only", "other", "one", "can", "could", "would", "should", "will", "may", "might",
            "must", "said", "says", "say", "saying", "told", "tell", "according", "despite", "however", "though",
            "although", "before", "after", "up", "out", "over", "under", "again", "still", "even", "many", "much",
            "large", "number", "lot", "way", "made", "make", "get", "got", "s", "'s", "mr", "ms", "mrs");
    private static final Set<String> DISPUTE_WORDS = WordSet.of("evidence", "report", "reports", "reported", "credible",
            "detail", "details", "offer", "offered", "provide", "provided", "proof", "alleged", "allegedly", "claim",
            "claims", "claimed", "false", "falsely", "true", "untrue", "debunk", "debunked", "describe", "described",
            "describes", "comment", "comments", "statement", "statements", "sign", "signs", "indication", "support",
            "fact", "facts", "actually", "reality", "real", "hard", "independent", "concrete", "specific", "specifics",
            "suggest", "show", "shows", "indicate", "data", "record", "records", "basis", "fail", "failed", "give", "gave",
            "cite", "cited", "present", "presented", "produce", "produced", "wrongly", "incorrectly", "mistakenly",
            "contrary", "dispute", "disputed", "denied", "deny", "refuted", "contradicted", "checker", "checkers");
    private static final Map<String, String> CONCEPT = concepts();

    private static Map<String, String> concepts() {
        Map<String, String> m = new HashMap<>();
        concept(m, "injury", "injury", "injur", "injure", "hurt", "harm", "wound", "casualty", "maim", "hospitalize");
        concept(m, "soldier", "soldier", "troop", "military", "army", "marine", "servicemember");
        concept(m, "death", "death", "dead", "die", "kill", "murder", "fatality", "fatal");
        concept(m, "attack", "attack", "assault", "violence", "violent", "force");
        concept(m, "fight", "fight", "fighter", "fought", "combat", "combatant");
        concept(m, "crime", "crime", "criminal", "gang", "thug", "felon");
        concept(m, "migrant", "migrant", "immigrant", "refugee", "asylum", "caravan");
        concept(m, "vote", "vote", "voter", "ballot", "election", "elect");
        concept(m, "fraud", "fraud", "rig", "rigged", "cheat", "fake");
        concept(m, "money", "money", "cost", "fund", "funding", "dollar", "spend", "spending", "budget");
        concept(m, "job", "job", "employment", "unemployment", "employ", "worker", "hire", "layoff");
        concept(m, "woman", "woman", "women", "girl", "mother");
        concept(m, "child", "child", "children", "kid", "minor", "youth");
        return Map.copyOf(m);
    }

    private KeyTerms() {}

    private static void concept(Map<String, String> m, String name, String... forms) {
        for (String f : forms) {
            m.put(f, name);
        }
    }

    static Set<String> of(List<Word> words) {
        Set<String> out = new LinkedHashSet<>();
        for (Word w : words) {
            String t = w.norm();
            if (!w.isAlphabetic() || t.length() < 3 || STOP.contains(t) || DISPUTE_WORDS.contains(t)) {
                continue;
            }
            String stem = stem(t);
            if (DISPUTE_WORDS.contains(stem)) {
                continue;
            }
            out.add(CONCEPT.getOrDefault(t, CONCEPT.getOrDefault(stem, stem)));
        }
        return out;
    }

    /** Stemmed words that carry content (stop words dropped, dispute vocabulary kept), for similarity between texts. */
    static List<String> contentWords(List<Word> words) {
        List<String> out = new java.util.ArrayList<>(words.size());
        for (Word w : words) {
            String t = w.norm();
            if ((w.isAlphabetic() || w.isNumber()) && t.length() >= 2 && !STOP.contains(t)) {
                out.add(stem(t));
            }
        }
        return out;
    }

    /** A crude suffix stripper: good enough to meet "injuries"/"injury" and "soldiers"/"soldier". */
    static String stem(String w) {
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("es") && w.length() > 4 && (w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("sses"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
