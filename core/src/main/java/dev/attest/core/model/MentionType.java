package dev.attest.core.model;

/** How a mention names its referent. */
public enum MentionType {
    /** A proper name: "Donald Trump", "Sanders", "Roll Call". */
    NAME,
    /** A personal pronoun: "he", "she", "they". */
    PRONOUN,
    /** A role or title used in place of a name: "the president", "the commander in chief". */
    ROLE,
    /** A source the article leaves unnamed: "critics", "reports", "a senior official". */
    UNNAMED
}
