package dev.attest.claims;

import dev.attest.core.lexicon.WordSet;
import dev.attest.core.model.ClaimType;
import java.util.List;
import java.util.Set;

/**
 * Decides a claim's {@link ClaimType} by ordered rules; the first that fires wins. Strong signs of
 * rhetoric (a short exclamation, an imperative) come first; then the checkable kinds, most specific
 * first (a number beats a comparison beats a prediction); then questions; then past-tense events;
 * only then weaker signs of opinion ("should", "I think", evaluative words), because in reported
 * speech an opinion frame often wraps a checkable fact ("I'm proud that violent crime is down").
 * Stateless and thread-safe.
 */
final class ClaimTyper {
    static final int MAX_IMPERATIVE_WORDS = 8;

    /** The chosen type and the rule that chose it, with how sure that rule usually is. */
    record Decision(ClaimType type, String rule, double confidence) {}

    private static final Set<String> MAGNITUDE = WordSet.of("million", "millions", "billion", "billions", "trillion",
            "trillions", "thousand", "thousands", "hundred", "hundreds", "dozen", "dozens", "percent", "percentage",
            "%", "$", "€", "£", "twice", "double", "doubled", "triple", "tripled", "half", "quarter", "third",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
            "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "majority", "minority");
    private static final Set<String> LAW = WordSet.of("law", "laws", "legal", "illegal", "illegally", "unlawful",
            "unlawfully", "unconstitutional", "constitution", "constitutional", "court", "courts", "ruling", "ruled",
            "statute", "regulation", "regulations", "legislation", "banned", "ban", "bans", "prohibit", "prohibits",
            "prohibited", "prevents", "forbids", "forbidden", "mandate", "mandates", "mandatory", "treaty", "lawsuit",
            "judge", "sued", "indicted", "convicted");
    private static final PhraseSet CAUSAL = PhraseSet.of(
            "because", "due to", "stem|stems|stemmed|stemming from", "caused|causes|cause", "cause of",
            "lead|leads|led|leading to", "result|results|resulted|resulting in|from", "as a result", "thanks to",
            "blame|blamed|blames|blaming", "responsible for", "therefore", "consequence of");
    private static final Set<String> COMPARATIVE = WordSet.of("than", "more", "less", "fewer", "most", "least",
            "highest", "lowest", "largest", "biggest", "smallest", "greatest", "fastest", "slowest", "worst", "best",
            "first", "record", "unprecedented", "higher", "lower", "larger", "bigger", "smaller", "faster", "slower",
            "increase", "increased", "decrease", "decreased", "rose", "fell", "grew", "doubled", "tripled", "halved");
    private static final PhraseSet PREDICTION = PhraseSet.of(
            "will", "'ll", "shall", "going to", "gonna", "predict*", "forecast*", "expect|expects|expected to",
            "is|are|was|were set to", "plan|plans|planned to", "about to", "on track to");
    private static final Set<String> IMPERATIVE = WordSet.of("turn", "stop", "let", "make", "vote", "come", "go", "get",
            "look", "join", "help", "build", "keep", "give", "tell", "take", "bring", "remember", "imagine", "watch",
            "listen", "read", "send", "call", "stand", "fight", "believe", "think", "consider", "do", "don't", "please",
            "leave", "save", "support", "share", "check", "wake", "enough");
    private static final Set<String> DEONTIC = WordSet.of("should", "must", "ought", "shouldn't", "mustn't");
    private static final PhraseSet COGNITION = PhraseSet.of(
            "i|we think|believe|feel|hope|want|wish|guess|suppose", "in my|our opinion|view", "i'm sure|convinced|proud",
            "i am sure|convinced|proud", "i|we would like|love", "i'd|we'd like|love", "thank|thanks");
    private static final Set<String> EVALUATIVE = WordSet.of("sacred", "great", "terrible", "horrible", "wonderful",
            "disgrace", "disgraceful", "shameful", "shame", "outrageous", "ridiculous", "disaster", "disastrous",
            "pathetic", "unacceptable", "beautiful", "amazing", "fantastic", "incredible", "sad", "stupid", "dumb",
            "crazy", "awful", "tremendous", "magnificent", "evil", "wrong", "fair", "unfair", "proud", "important");
    private static final Set<String> PAST = WordSet.of("was", "were", "had", "did", "said", "made", "went", "came", "took",
            "gave", "lost", "won", "left", "got", "became", "sent", "told", "paid", "spent", "fought", "hurt", "broke",
            "began", "ran", "hit", "met", "built", "brought", "bought", "caught", "kept", "held", "led", "put", "saw",
            "shot", "struck", "threw", "thrown", "wrote", "written", "taken", "given", "done", "gone", "seen", "known",
            "been", "stole", "stolen", "killed", "died");
    private static final Set<String> NOT_PAST_ED = WordSet.of("need", "needed", "speed", "seed", "feed", "bed", "red",
            "hundred", "indeed", "proceed", "sacred", "naked", "wicked", "beloved", "rugged", "crooked", "succeed", "exceed", "breed", "greed", "shed", "wed", "united", "limited");

    Decision type(String text, List<Word> words) {
        int alphabetic = (int) words.stream().filter(Word::isAlphabetic).count();
        String trimmed = text.strip();
        boolean exclamation = trimmed.endsWith("!") || trimmed.endsWith("!”") || trimmed.endsWith("!\"");
        long caps = words.stream().filter(w -> w.isAlphabetic() && w.isAllCaps()).count();
        if (exclamation && (alphabetic <= 6 || caps * 2 > alphabetic)) {
            return new Decision(ClaimType.OPINION, "exclamation", 0.85);
        }
        Word first = words.stream().filter(Word::isAlphabetic).findFirst().orElse(null);
        // Only a short imperative is an exhortation; a long one is a discourse frame around a claim
        // ("Let me remind you it was a Democratic tax increase").
        if (first != null && IMPERATIVE.contains(first.norm()) && first.isCapitalised() && !startsSubjectVerb(words, first)
                && (alphabetic <= MAX_IMPERATIVE_WORDS || exclamation)) {
            return new Decision(ClaimType.OPINION, "imperative", 0.75);
        }
        if (words.stream().anyMatch(w -> w.isNumber() && !isYear(w.norm()))) {
            return new Decision(ClaimType.QUANTITY, "number", 0.9);
        }
        if (words.stream().anyMatch(w -> MAGNITUDE.contains(w.norm()))) {
            return new Decision(ClaimType.QUANTITY, "quantity-word", 0.7);
        }
        if (words.stream().anyMatch(w -> LAW.contains(w.norm()) && !(w.isCapitalised() && w.norm().equals("bill")))) {
            return new Decision(ClaimType.LAW_RULE, "law-word", 0.75);
        }
        if (CAUSAL.anyMatch(words)) {
            return new Decision(ClaimType.CAUSAL, "causal-connective", 0.7);
        }
        if (words.stream().anyMatch(w -> COMPARATIVE.contains(w.norm()))) {
            return new Decision(ClaimType.COMPARISON, "comparative", 0.7);
        }
        if (PREDICTION.anyMatch(words) || words.stream().anyMatch(w -> w.norm().endsWith("'ll"))) {
            return new Decision(ClaimType.PREDICTION, "future", 0.7);
        }
        if (trimmed.endsWith("?") || trimmed.endsWith("?”") || trimmed.endsWith("?\"")) {
            return new Decision(ClaimType.OPINION, "question", 0.65);
        }
        if (words.stream().anyMatch(w -> PAST.contains(w.norm()) || isRegularPast(w.norm()))) {
            return new Decision(ClaimType.EVENT, "past-tense", 0.65);
        }
        if (words.stream().anyMatch(w -> isYear(w.norm()))) {
            return new Decision(ClaimType.EVENT, "dated", 0.55);
        }
        if (words.stream().anyMatch(w -> DEONTIC.contains(w.norm())) || COGNITION.anyMatch(words)) {
            return new Decision(ClaimType.OPINION, "opinion-marker", 0.65);
        }
        if (words.stream().anyMatch(w -> EVALUATIVE.contains(w.norm()))) {
            return new Decision(ClaimType.OPINION, "evaluative-word", 0.55);
        }
        if (exclamation) {
            return new Decision(ClaimType.OPINION, "exclamation", 0.6);
        }
        return new Decision(ClaimType.OTHER, "no-rule", 0.5);
    }

    /** "Let me ..." is an imperative, "Look at ..." too; "Turnout rose" is not ("Turnout" is not in the list anyway). */
    private static boolean startsSubjectVerb(List<Word> words, Word first) {
        int i = words.indexOf(first);
        return i + 1 < words.size() && Set.of("is", "was", "are", "were", "has", "had", "'s").contains(words.get(i + 1).norm());
    }

    static boolean isRegularPast(String w) {
        return w.length() > 4 && w.endsWith("ed") && !NOT_PAST_ED.contains(w);
    }

    private static boolean isYear(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && s.chars().allMatch(Character::isDigit);
    }
}
