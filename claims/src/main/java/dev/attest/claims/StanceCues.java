package dev.attest.claims;

import dev.attest.core.lexicon.WordSet;
import java.util.List;
import java.util.Set;

/**
 * Counts the words with which a text takes a stance toward a claim: refuting ("hoax", "fake",
 * "debunked", plus the article-dispute cues of {@link DisputeCues}), hedging (the {@link HedgeFinder}
 * phrases plus "claims", "rumour", "unconfirmed"), confirming ("confirmed", "officially"), negation,
 * and questions. The counts are features of the stance classifier, which learns how much each means.
 */
final class StanceCues {
    static final int COUNT = 8;

    private static final Set<String> REFUTE = WordSet.of("fake", "fakes", "faked", "hoax", "hoaxes", "false", "falsely",
            "debunk", "debunked", "debunks", "deny", "denies", "denied", "denial", "untrue", "fabricated", "prank", "satire",
            "satirical", "misleading", "bogus", "doubt", "doubts", "dubious", "refute", "refuted", "refutes", "baseless",
            "unfounded", "nonsense", "myth", "fiction", "photoshopped", "fiction", "scam", "spoof", "parody", "lie", "lies",
            "wrong", "incorrect", "rejects", "rejected", "dismissed", "dismisses");
    private static final Set<String> HEDGE = WordSet.of("reportedly", "allegedly", "alleged", "claims", "claimed", "claim",
            "according", "apparently", "rumor", "rumors", "rumour", "rumours", "rumoured", "rumored", "unconfirmed",
            "unverified", "purportedly", "supposedly", "speculation", "speculate", "suggests", "appears", "seems", "report",
            "reports", "believed", "if", "whether", "possibly", "maybe", "perhaps");
    private static final Set<String> CONFIRM = WordSet.of("confirmed", "confirms", "confirm", "confirmation", "officially",
            "announced", "announces", "revealed", "reveals", "proves", "proved", "proof", "verified", "indeed", "actually",
            "true", "real", "genuine", "footage", "video", "photos");
    private static final Set<String> MODAL = WordSet.of("may", "might", "could", "would", "can");
    private static final Set<String> NEGATION = WordSet.of("not", "no", "never", "nothing", "none", "nobody");

    private StanceCues() {}

    /** {refute, hedge, confirm, modal, negation, question, dispute phrases, hedge phrases} for the words. */
    static double[] count(List<Word> words) {
        double[] c = new double[COUNT];
        for (Word w : words) {
            String t = w.norm();
            if (REFUTE.contains(t)) c[0]++;
            if (HEDGE.contains(t)) c[1]++;
            if (CONFIRM.contains(t)) c[2]++;
            if (MODAL.contains(t)) c[3]++;
            if (NEGATION.contains(t)) c[4]++;
            if (t.equals("?")) c[5]++;
        }
        c[6] = DisputeCues.GENERAL_SET.findAll(words).size();
        c[7] = HedgeFinder.DISTANCING.findAll(words).size() + HedgeFinder.WEASEL.findAll(words).size()
                + HedgeFinder.MODAL.findAll(words).size();
        return c;
    }
}
