package dev.attest.spark.input;

import java.util.NoSuchElementException;

/** Turns "compute the next record or null at the end" into an iterator, so sources read lazily. */
abstract class LookaheadSource implements RecordSource {
    private SourceRecord next;
    private boolean done;

    /** The next record, or {@code null} when the source is exhausted. Must not throw for bad content. */
    protected abstract SourceRecord computeNext();

    @Override
    public final boolean hasNext() {
        if (next == null && !done) {
            next = computeNext();
            done = next == null;
        }
        return next != null;
    }

    @Override
    public final SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRecord current = next;
        next = null;
        return current;
    }
}
