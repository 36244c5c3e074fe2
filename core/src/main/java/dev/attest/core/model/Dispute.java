package dev.attest.core.model;

import java.util.Objects;

/**
 * A place where the article itself contests a statement or claim ("There are no credible reports of
 * ...", "Despite that, X described ...", "falsely claimed").
 *
 * @param targetId     id of the contested statement ({@code s7}) or claim ({@code c12})
 * @param evidence     the contesting sentence or clause
 * @param evidenceText the text of {@code evidence}
 * @param cue          the words that signal the dispute ("no credible reports", "despite that")
 * @param confidence   how sure the finder is that this evidence contests this target, in [0,1]
 * @param provenance   the dispute rule and the linking rule, with the confidence
 */
public record Dispute(String targetId, Span evidence, String evidenceText, String cue, double confidence, Provenance provenance) {
    public Dispute {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(evidenceText, "evidenceText");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(provenance, "provenance");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
        if (evidenceText.length() != evidence.length()) {
            throw new IllegalArgumentException("evidence text does not match its span: " + evidence);
        }
    }
}
