package dev.attest.core.lexicon;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reporting verbs, every inflected form mapped to its lemma. The list follows what news writers
 * use to report speech and writing; verbs of belief ("think") are left out because they report no
 * statement a fact-checker can quote.
 */
public final class SpeechVerbs {
    private static final String[][] FORMS = {
        {"say", "says", "said", "saying"},
        {"tell", "tells", "told", "telling"},
        {"write", "writes", "wrote", "writing", "written"},
        {"tweet", "tweets", "tweeted", "tweeting"},
        {"post", "posts", "posted", "posting"},
        {"claim", "claims", "claimed", "claiming"},
        {"blame", "blames", "blamed", "blaming"},
        {"describe", "describes", "described", "describing"},
        {"warn", "warns", "warned", "warning"},
        {"deny", "denies", "denied", "denying"},
        {"insist", "insists", "insisted", "insisting"},
        {"add", "adds", "added", "adding"},
        {"note", "notes", "noted", "noting"},
        {"explain", "explains", "explained", "explaining"},
        {"argue", "argues", "argued", "arguing"},
        {"state", "states", "stated", "stating"},
        {"announce", "announces", "announced", "announcing"},
        {"declare", "declares", "declared", "declaring"},
        {"assert", "asserts", "asserted", "asserting"},
        {"allege", "alleges", "alleged", "alleging"},
        {"acknowledge", "acknowledges", "acknowledged", "acknowledging"},
        {"admit", "admits", "admitted", "admitting"},
        {"suggest", "suggests", "suggested", "suggesting"},
        {"predict", "predicts", "predicted", "predicting"},
        {"promise", "promises", "promised", "promising"},
        {"vow", "vows", "vowed", "vowing"},
        {"pledge", "pledges", "pledged", "pledging"},
        {"accuse", "accuses", "accused", "accusing"},
        {"urge", "urges", "urged", "urging"},
        {"ask", "asks", "asked", "asking"},
        {"reply", "replies", "replied", "replying"},
        {"respond", "responds", "responded", "responding"},
        {"confirm", "confirms", "confirmed", "confirming"},
        {"recall", "recalls", "recalled", "recalling"},
        {"estimate", "estimates", "estimated", "estimating"},
        {"testify", "testifies", "testified", "testifying"},
        {"contend", "contends", "contended", "contending"},
        {"maintain", "maintains", "maintained", "maintaining"},
        {"complain", "complains", "complained", "complaining"},
        {"concede", "concedes", "conceded", "conceding"},
        {"emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises", "emphasised", "emphasising"},
        {"stress", "stresses", "stressed", "stressing"},
        {"report", "reports", "reported", "reporting"},
        {"reveal", "reveals", "revealed", "revealing"},
        {"indicate", "indicates", "indicated", "indicating"},
        {"point", "points", "pointed", "pointing"},
        {"call", "calls", "called", "calling"},
        {"threaten", "threatens", "threatened", "threatening"},
        {"charge", "charges", "charged", "charging"},
        {"boast", "boasts", "boasted", "boasting"},
        {"joke", "jokes", "joked", "joking"},
        {"quip", "quips", "quipped", "quipping"},
        {"shout", "shouts", "shouted", "shouting"},
        {"exclaim", "exclaims", "exclaimed", "exclaiming"},
        {"repeat", "repeats", "repeated", "repeating"},
        {"reiterate", "reiterates", "reiterated", "reiterating"},
        {"observe", "observes", "observed", "observing"},
        {"remark", "remarks", "remarked", "remarking"},
        {"comment", "comments", "commented", "commenting"},
        {"agree", "agrees", "agreed", "agreeing"},
        {"disagree", "disagrees", "disagreed", "disagreeing"},
        {"counter", "counters", "countered", "countering"},
        {"caution", "cautions", "cautioned", "cautioning"},
        {"mention", "mentions", "mentioned", "mentioning"},
        {"disclose", "discloses", "disclosed", "disclosing"},
        {"assure", "assures", "assured", "assuring"},
        {"speculate", "speculates", "speculated", "speculating"},
        {"conclude", "concludes", "concluded", "concluding"},
        {"criticize", "criticizes", "criticized", "criticizing", "criticise", "criticises", "criticised", "criticising"},
        {"praise", "praises", "praised", "praising"},
        {"dismiss", "dismisses", "dismissed", "dismissing"},
        {"demand", "demands", "demanded", "demanding"},
        {"propose", "proposes", "proposed", "proposing"},
        {"recommend", "recommends", "recommended", "recommending"},
        {"advise", "advises", "advised", "advising"},
        {"inform", "informs", "informed", "informing"},
        {"answer", "answers", "answered", "answering"},
        {"wonder", "wonders", "wondered", "wondering"},
        {"lament", "laments", "lamented", "lamenting"},
        {"brag", "brags", "bragged", "bragging"},
        {"concur", "concurs", "concurred", "concurring"},
        {"clarify", "clarifies", "clarified", "clarifying"},
        {"blurt", "blurts", "blurted"},
        {"chant", "chants", "chanted"},
        {"yell", "yells", "yelled"},
        {"scream", "screams", "screamed"},
        {"whisper", "whispers", "whispered"},
        {"mutter", "mutters", "muttered"},
        {"plead", "pleads", "pleaded", "pled"},
        {"beg", "begs", "begged"},
        {"snap", "snaps", "snapped"},
        {"retort", "retorts", "retorted"},
        {"marvel", "marvels", "marvelled", "marveled"},
        {"muse", "muses", "mused"},
        {"gush", "gushes", "gushed"},
        {"fume", "fumes", "fumed"},
        {"proclaim", "proclaims", "proclaimed"},
        {"opine", "opines", "opined"},
        {"tout", "touts", "touted"},
        {"decry", "decries", "decried"},
        {"bemoan", "bemoans", "bemoaned"},
        {"recount", "recounts", "recounted"},
        {"elaborate", "elaborates", "elaborated"},
        {"reflect", "reflects", "reflected"},
        {"reckon", "reckons", "reckoned"},
        {"rule", "rules", "ruled", "ruling"},
        {"find", "finds", "found"},
        {"show", "shows", "showed"},
        {"believe", "believes", "believed"},
        {"think", "thinks", "thought"},
        {"feel", "feels", "felt"},
        {"hope", "hopes", "hoped"},
        {"fear", "fears", "feared"},
        {"expect", "expects", "expected"},
        {"worry", "worries", "worried"},
        {"know", "knows", "knew"},
    };

    /** Verbs that only report speech when a speaker stands right next to them. */
    private static final Set<String> WEAK = WordSet.of(
            "post", "state", "point", "call", "report", "show", "find", "rule", "answer", "believe", "think",
            "feel", "hope", "fear", "expect", "worry", "know", "charge", "agree", "counter", "comment",
            "mention", "repeat", "observe", "praise", "criticize", "criticise", "demand", "propose",
            "recommend", "advise", "inform", "wonder", "indicate", "promise", "estimate", "dismiss");

    /** Cognition verbs: attributions of belief, kept out of the speech ledger by default. */
    private static final Set<String> COGNITION = WordSet.of(
            "believe", "think", "feel", "hope", "fear", "expect", "worry", "know", "find", "show", "rule", "wonder");

    private final Map<String, String> lemmaOf;

    public SpeechVerbs() {
        Map<String, String> m = new HashMap<>();
        for (String[] forms : FORMS) {
            for (String f : forms) {
                m.put(f, forms[0]);
            }
        }
        this.lemmaOf = Map.copyOf(m);
    }

    /** The lemma of a reporting verb form, or {@code null}. */
    public String lemma(String word) {
        return lemmaOf.get(word.toLowerCase(Locale.ROOT));
    }

    public boolean isSpeech(String word) {
        String l = lemma(word);
        return l != null && !COGNITION.contains(l);
    }

    public boolean isWeak(String lemma) {
        return WEAK.contains(lemma);
    }

    public boolean isCognition(String lemma) {
        return COGNITION.contains(lemma);
    }

    public static boolean isPresentParticiple(String word) {
        return word.endsWith("ing");
    }
}
