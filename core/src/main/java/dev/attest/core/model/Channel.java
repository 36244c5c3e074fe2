package dev.attest.core.model;

import java.util.Locale;

/** Through which channel a statement was made, where the text shows it. */
public enum Channel {
    NONE,
    TWITTER,
    SOCIAL_POST,
    PRESS_BRIEFING,
    INTERVIEW,
    STATEMENT;

    public String label() {
        return this == NONE ? null : name().toLowerCase(Locale.ROOT);
    }
}
