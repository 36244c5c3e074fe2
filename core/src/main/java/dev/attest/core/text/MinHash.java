package dev.attest.core.text;

import java.util.Arrays;

/**
 * MinHash signatures over word n-grams of a normalised text (a quote key, an article), cut into LSH bands. Two keys whose bigram sets have
 * Jaccard similarity J share at least one band with probability {@code 1 - (1 - J^ROWS)^BANDS}: with 12 bands of
 * 5 rows that is 0.99 at J = 0.8, 0.75 at J = 0.6 and 0.04 at J = 0.3, so light edits ("this year" added, a word
 * dropped) meet in a bucket while different quotes about the same topic rarely do. Bigrams rather than longer
 * shingles because quotes are short: a 10-word quote has only 8 trigrams, and one changed word removes 3 of them.
 *
 * Whole articles use longer shingles ({@link #signature(String, int)}): with many words, word triples tell two
 * stories on one topic apart, while a wire copy with a new headline and a trimmed paragraph keeps most of them.
 *
 * <p>Pure functions of the text, so every executor computes the same signature without coordination.
 */
public final class MinHash {
    public static final int BANDS = 12;
    public static final int ROWS = 5;
    public static final int SIZE = BANDS * ROWS;

    private MinHash() {
    }

    /** The signature over word bigrams of {@code key} (words separated by single spaces). */
    public static long[] signature(String key) {
        return signature(key, 2);
    }

    /** The signature over shingles of {@code n} consecutive words of {@code key} (words separated by single spaces). */
    public static long[] signature(String key, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("shingles need at least one word, got " + n);
        }
        String[] words = key.split(" ");
        long[] signature = new long[SIZE];
        Arrays.fill(signature, -1L); // the largest unsigned value: hashes are compared unsigned
        int shingles = Math.max(1, words.length - n + 1);
        for (int i = 0; i < shingles; i++) {
            String shingle = words.length <= n ? key : String.join(" ", Arrays.asList(words).subList(i, i + n));
            long base = fnv1a(shingle);
            for (int h = 0; h < SIZE; h++) {
                // One 64-bit hash per seed, from a strong mixer: cheaper than SIZE independent hash functions.
                long value = mix(base ^ (0x9E3779B97F4A7C15L * (h + 1)));
                if (Long.compareUnsigned(value, signature[h]) < 0) {
                    signature[h] = value;
                }
            }
        }
        return signature;
    }

    /** One bucket id per band: the band index and a hash of its rows, so bands never collide with each other. */
    public static long[] bands(long[] signature) {
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < ROWS; r++) {
                h = mix(h ^ signature[b * ROWS + r]);
            }
            bands[b] = h;
        }
        return bands;
    }

    /** The share of equal signature positions: an unbiased estimate of the bigram Jaccard similarity. */
    public static double similarity(long[] a, long[] b) {
        int equal = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return equal / (double) SIZE;
    }

    private static long fnv1a(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
