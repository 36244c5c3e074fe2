package dev.attest.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;

/**
 * Lends index searchers and takes them back, turning Lucene's I/O failures into one-line {@link StoreException}s.
 * A writer's searchers are refreshed after each commit; a read-only store's follow the commits of another
 * process (a running ingest) by checking for a newer commit before each use.
 */
final class Searchers implements AutoCloseable {
    interface Work<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final Path dir;
    private final SearcherManager manager;
    private final boolean followOtherWriters;

    Searchers(Path dir, SearcherManager manager, boolean followOtherWriters) {
        this.dir = dir;
        this.manager = manager;
        this.followOtherWriters = followOtherWriters;
    }

    <T> T with(Work<T> work) {
        IndexSearcher searcher = null;
        try {
            if (followOtherWriters) {
                manager.maybeRefresh();
            }
            searcher = manager.acquire();
            return work.apply(searcher);
        } catch (IOException e) {
            throw new StoreException(dir + ": read failed: " + e.getMessage(), e);
        } finally {
            if (searcher != null) {
                try {
                    manager.release(searcher);
                } catch (IOException e) {
                    throw new StoreException(dir + ": cannot release searcher: " + e.getMessage(), e);
                }
            }
        }
    }

    long count(Query query) {
        return with(searcher -> (long) searcher.count(query));
    }

    Optional<Document> first(Query query) {
        return with(searcher -> {
            TopDocs top = searcher.search(query, 1);
            return top.scoreDocs.length == 0 ? Optional.<Document>empty() : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
        });
    }

    /** The stored {@code fields} of the best {@code n} documents for {@code query}. */
    List<Document> top(Query query, int n, Set<String> fields) {
        return with(searcher -> {
            TopDocs top = searcher.search(query, n);
            List<Document> docs = new ArrayList<>(top.scoreDocs.length);
            for (var sd : top.scoreDocs) {
                docs.add(searcher.storedFields().document(sd.doc, fields));
            }
            return docs;
        });
    }

    /** After a commit of this process's writer: the next searcher sees it. */
    void refresh() throws IOException {
        manager.maybeRefreshBlocking();
    }

    @Override
    public void close() throws IOException {
        manager.close();
    }
}
