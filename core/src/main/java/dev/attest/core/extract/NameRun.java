package dev.attest.core.extract;

import java.util.List;

/**
 * A proper name as the article writes it, with the titles written before it:
 * "press secretary Sarah Sanders" gives titles [press, secretary] and name "Sarah Sanders".
 *
 * @param start       offset of the name (after its titles)
 * @param clauseStart the run (titles included) begins a sentence or clause, where subjects stand
 */
record NameRun(int start, int end, List<String> titles, List<String> nameTokens, boolean clauseStart) {
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
