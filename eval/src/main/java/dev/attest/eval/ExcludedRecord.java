package dev.attest.eval;

import java.util.Objects;

/** A gold record that was read correctly but cannot be span-scored; counted and reported, never hidden. */
public record ExcludedRecord(String label, String reason) {
    public ExcludedRecord {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(reason, "reason");
    }
}
