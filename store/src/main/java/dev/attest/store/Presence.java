package dev.attest.store;

/** Whether an article is already in the store. */
public enum Presence {
    /** Neither its key (URL, or text hash when it has no URL) nor its text is stored. */
    NEW,
    /** Its key is stored: the same URL (first version wins), or the same text without a URL, or a recorded copy. */
    ALREADY_STORED,
    /** Another article with the same normalised text is stored under another key (a wire copy at another URL). */
    DUPLICATE_TEXT
}
