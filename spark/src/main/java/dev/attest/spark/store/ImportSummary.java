package dev.attest.spark.store;

import dev.attest.store.CorpusStats;
import java.util.Locale;

/**
 * What an import did, and what the store holds afterwards.
 *
 * @param read          article rows read from the {@code articles} table
 * @param added         new articles analysed and stored
 * @param alreadyStored rows whose key (normalised URL, else text hash) the store already held: a rerun
 * @param copies        rows whose text the store held under another URL, recorded as copies
 * @param failed        articles the pipeline threw on (each reported on standard error)
 * @param store         the store's counts after the last commit
 */
public record ImportSummary(long read, long added, long alreadyStored, long copies, long failed, double seconds,
        CorpusStats store) {
    public String line(String storeDir) {
        return String.format(Locale.ROOT,
                "attest import: %d articles read: %d added, %d already stored, %d copies, %d failed; %.1f s -> %s "
                        + "(now %d articles, %d statements, %d speakers)",
                read, added, alreadyStored, copies, failed, seconds, storeDir, store.articles(), store.statements(),
                store.speakers());
    }
}
