package dev.attest.core.model;

public enum EntityKind {
    PERSON,
    ORGANISATION,
    /** A group the article does not name ("critics", "officials"). */
    UNNAMED_GROUP,
    UNKNOWN
}
