package dev.attest.core.model;

import java.util.Objects;

/** Which rule or model decided something, and how sure it is. */
public record Provenance(String rule, double confidence) {
    public Provenance {
        Objects.requireNonNull(rule, "rule");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0,1]: " + confidence);
        }
    }
}
