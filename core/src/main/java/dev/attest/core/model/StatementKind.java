package dev.attest.core.model;

public enum StatementKind {
    /** The words are inside quotation marks. */
    DIRECT,
    /** Reported speech without quotation marks. */
    INDIRECT,
    /** Reported speech that contains a partial quote. */
    MIXED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
