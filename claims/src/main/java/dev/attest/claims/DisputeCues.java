package dev.attest.claims;

import java.util.List;

/**
 * The phrases with which an article contests a claim, by family, with how strongly each family
 * signals a dispute. Kept apart from {@link DisputeFinder} so the lists can grow without touching
 * the linking logic.
 */
final class DisputeCues {
    /** A family of cues and the confidence a cue of it gives before linking. */
    enum Family {
        NEGATED_EVIDENCE("negated-evidence", 0.85),
        UNSUPPORTED("unsupported", 0.8),
        EXPLICIT("explicit", 0.9),
        CONTRADICTION("contradiction", 0.7);

        final String rule;
        final double base;

        Family(String rule, double base) {
            this.rule = rule;
            this.base = base;
        }
    }

    record Cue(Family family, PhrasePattern pattern) {}

    private static final String EVIDENCE_NOUNS =
            "evidence|reports|report|proof|indication|indications|sign|signs|record|records|data|confirmation|basis";
    private static final String SUPPORT_NOUNS =
            "evidence|details|detail|proof|specifics|examples|example|support|data|information|sources|source|basis|explanation";
    private static final String SUPPORT_VERBS =
            "offer|offered|provide|provided|give|gave|present|presented|cite|cited|produce|produced|share|shared|show|showed|release|released";

    static final List<Cue> GENERAL = List.of(
            cue(Family.NEGATED_EVIDENCE, "no credible|real|hard|independent|concrete|such|public|known|verified|firm|solid|clear|direct|official|other? "
                    + EVIDENCE_NOUNS),
            cue(Family.NEGATED_EVIDENCE, "not any|a? credible|real|hard|independent|concrete|single|shred? of? " + EVIDENCE_NOUNS),
            cue(Family.NEGATED_EVIDENCE, "nothing to suggest|support|indicate|substantiate|back|show"),
            cue(Family.NEGATED_EVIDENCE, "unsubstantiated|unfounded|baseless|unproven|unverified"),
            cue(Family.NEGATED_EVIDENCE, "nobody has|had|could? confirmed|verified|corroborated|substantiated"),
            cue(Family.NEGATED_EVIDENCE, "no one has|had|could? confirmed|verified|corroborated|substantiated"),
            cue(Family.UNSUPPORTED, "not|never " + SUPPORT_VERBS + " any|further|specific|concrete|additional|supporting? " + SUPPORT_NOUNS),
            cue(Family.UNSUPPORTED, SUPPORT_VERBS + " no|little " + SUPPORT_NOUNS),
            cue(Family.UNSUPPORTED, "failed|declined|refused to offer|provide|give|present|cite|produce|back|support|substantiate|explain|show"),
            cue(Family.EXPLICIT, "that|this|it is|was not true|correct|accurate"),
            cue(Family.EXPLICIT, "that|this|it is|was false|untrue|incorrect|inaccurate|wrong|baseless"),
            cue(Family.EXPLICIT, "that's|it's not true|correct|accurate"),
            cue(Family.EXPLICIT, "that's|it's false|untrue|incorrect|inaccurate|wrong"),
            cue(Family.EXPLICIT, "debunked|refuted|disproved|disproven|discredited"),
            cue(Family.EXPLICIT, "false|bogus|untrue|misleading|inaccurate|baseless claim|claims|assertion|assertions|statement|allegation|allegations"),
            cue(Family.EXPLICIT, "fact-checkers|fact-check|factcheckers|fact-checker found|rated|concluded|determined|say|said"),
            cue(Family.EXPLICIT, "no truth to|in"),
            cue(Family.CONTRADICTION, "contrary to"),
            cue(Family.CONTRADICTION, "contradict|contradicts|contradicted|contradicting"),
            cue(Family.CONTRADICTION, "show|shows|showed|suggest|suggests|indicate|indicates|indicated otherwise"),
            cue(Family.CONTRADICTION, "denied|denies|deny|dismissed|rejected the|that|those|these|such claim|claims|allegation|allegations|report|reports|charge|charges|accusation|accusations"));

    static final PhraseSet GENERAL_SET = new PhraseSet(GENERAL.stream().map(Cue::pattern).toList());

    /** An adverb on the reporting verb contests the statement it reports: "falsely claimed", "wrongly said". */
    static final PhrasePattern FALSITY_ADVERB = PhrasePattern.of("falsely|wrongly|incorrectly|erroneously|mistakenly|baselessly|misleadingly");

    /**
     * ", which is not true" after reported speech: the content of an indirect statement runs to the end
     * of its sentence, so this is matched even inside it (after a comma) and contests that statement.
     */
    static final List<PhrasePattern> FALSITY_TAILS = List.of(
            PhrasePattern.of(", which|that|this|it is|was not|hardly|never true|correct|accurate"),
            PhrasePattern.of(", that's|it's not|hardly|never true|correct|accurate"),
            PhrasePattern.of(", which|that|this|it is|was false|untrue|incorrect|inaccurate|wrong|baseless|unfounded"),
            PhrasePattern.of(", that's|it's false|untrue|incorrect|inaccurate|wrong|baseless|unfounded"));

    /** Sentence openers that contrast what follows with what came before: "Despite that, X described ...". */
    static final PhrasePattern CONTRAST_OPENER = PhrasePattern.of("despite|notwithstanding|nevertheless|nonetheless|regardless|still");
    static final PhrasePattern EVEN_SO = PhrasePattern.of("even so|then");

    /** Sentence openers that correct what came before: "In fact, ...". */
    static final PhrasePattern CORRECTION_OPENER = PhrasePattern.of("in fact|reality");
    static final PhrasePattern ACTUALLY = PhrasePattern.of("actually");

    private DisputeCues() {}

    private static Cue cue(Family family, String pattern) {
        return new Cue(family, PhrasePattern.of(pattern));
    }
}
