package dev.attest.tagger;

/** Begin/inside/outside of one role at one word; the ordinal is the class index the head predicts. */
public enum Tag {
    OUTSIDE, BEGIN, INSIDE;

    static final int COUNT = values().length;
}
