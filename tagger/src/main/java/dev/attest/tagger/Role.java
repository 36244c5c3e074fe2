package dev.attest.tagger;

/** The three parts of an attribution the tagger marks; each has its own begin/inside/outside tags. */
public enum Role {
    SOURCE, CUE, CONTENT
}
