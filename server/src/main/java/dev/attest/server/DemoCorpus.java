package dev.attest.server;

import dev.attest.claims.StoreClaimExtractor;
import dev.attest.core.extract.Pipeline;
import dev.attest.ingest.ArticleReader;
import dev.attest.store.CorpusStore;
import dev.attest.store.IngestListener;
import dev.attest.store.IngestOptions;
import dev.attest.store.IngestProgress;
import dev.attest.store.Ingester;
import java.nio.file.Path;
import java.util.List;

/** Fills a fresh store with the project's own example articles, for {@code attest demo}. */
public final class DemoCorpus {
    private DemoCorpus() {
    }

    /** Ingests with claims, disputes and claim vectors, so every page of the workbench has something to show. */
    public static IngestProgress ingest(Path examples, Path storeDir, IngestListener listener) {
        try (CorpusStore store = CorpusStore.open(storeDir)) {
            return new Ingester(store, Pipeline.standard(), StoreClaimExtractor.standard(), new ArticleReader(), IngestOptions.defaults(),
                    listener)
                    .ingest(List.of(examples));
        }
    }
}
