package dev.attest.store;

import dev.attest.core.text.MinHash;
import java.nio.ByteBuffer;
import java.util.Optional;
import org.apache.lucene.util.BytesRef;

/**
 * Finds wire copies: an agency story that another outlet ran with a new headline, a trimmed paragraph or an added
 * line. Such a copy is not the same text (the text hash differs) but nearly so; storing it as a second article
 * would double its statements in every count and search. MinHash over word triples estimates the Jaccard
 * similarity of two articles' shingle sets; LSH bands find the candidates with one term query.
 *
 * <p>Short texts are never matched: two briefs on one event, or two template items that differ only in names and
 * numbers, share most triples without being copies.
 */
final class NearCopies {
    static final int MIN_WORDS = 100;
    static final int SHINGLE_WORDS = 3;
    /**
     * Estimated Jaccard of word triples from which an article is a copy. A 120-word story with a new headline and
     * a replaced closing sentence scores 0.78, another story on the same topic by the same board under 0.3 (NearCopiesTest);
     * at 0.7 a copy may lose or change about a sixth of its text and still be found.
     */
    static final double THRESHOLD = 0.7;

    private NearCopies() {
    }

    record Fingerprint(long[] signature, long[] bands) {
        double similarity(long[] other) {
            return MinHash.similarity(signature, other);
        }

        BytesRef encoded() {
            ByteBuffer b = ByteBuffer.allocate(signature.length * Long.BYTES);
            for (long v : signature) {
                b.putLong(v);
            }
            return new BytesRef(b.array());
        }

        static String bandTerm(long band) {
            return Long.toHexString(band);
        }
    }

    /** The fingerprint of an article text, empty when it has fewer than {@link #MIN_WORDS} words. */
    static Optional<Fingerprint> of(String text) {
        StringBuilder words = new StringBuilder(text.length());
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (!inWord && !words.isEmpty()) {
                    words.append(' ');
                }
                if (!inWord) {
                    count++;
                }
                words.appendCodePoint(Character.toLowerCase(cp));
                inWord = true;
            } else {
                inWord = false;
            }
        }
        if (count < MIN_WORDS) {
            return Optional.empty();
        }
        long[] signature = MinHash.signature(words.toString(), SHINGLE_WORDS);
        return Optional.of(new Fingerprint(signature, MinHash.bands(signature)));
    }

    static long[] decode(BytesRef stored) {
        ByteBuffer b = ByteBuffer.wrap(stored.bytes, stored.offset, stored.length);
        long[] signature = new long[stored.length / Long.BYTES];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = b.getLong();
        }
        return signature;
    }
}
