package dev.attest.core.extract;

import dev.attest.core.lexicon.GivenNames.Gender;
import java.util.List;

/**
 * A proper name as the article writes it, with the titles written before it:
 * "press secretary Sarah Sanders" gives titles [press, secretary] and name "Sarah Sanders".
 *
 * @param start       offset of the name (after its titles)
 * @param clauseStart the run (titles included) begins a sentence or clause, where subjects stand
 * @param position    the grammatical slot the run stands in, as far as the words around it tell
 * @param gender      gender the sentence gives the run ("Ernie LeBlanc, father of ...", "X said he"), or UNKNOWN
 * @param describedAsPerson an apposition describes the run as a person ("Yuni, a resident of ...", "Roman, 49,"),
 *                    which lets a one-word name stand for a person known by that name alone
 */
record NameRun(int start, int end, List<String> titles, List<String> nameTokens, boolean clauseStart, Position position,
        Gender gender, boolean describedAsPerson) {

    /** Where a name stands; pronouns look back to subjects far more often than to objects or credits. */
    enum Position {
        /** Opens a sentence or main clause: "Vickers said", "In Halifax, Ragheb Al Turkmani, 49, ...". */
        SUBJECT,
        /** Opens a subordinate clause: "Although Trump has tweeted", "when Jones scored". */
        SUBORDINATE_SUBJECT,
        /** Possessive: "Williamson's approach". */
        POSSESSIVE,
        /** After a preposition or verb: "tell Toronto Mayor John Tory", "with Julia Child". */
        OBJECT,
        /** Inside a quotation: the speaker's words, not the narrative. */
        QUOTED,
        /** A photo credit or caption byline: "(Steve Lawrence/CBC)", "Adrian Wyld / The Canadian Press". */
        CREDIT
    }

    String name() {
        return String.join(" ", nameTokens);
    }

    String last() {
        return nameTokens.get(nameTokens.size() - 1);
    }

    String titleText() {
        return String.join(" ", titles);
    }
}
