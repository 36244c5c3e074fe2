package dev.attest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * A small in-memory BM25 index of (id, text) pairs, for collections that fit in memory and need no store on disk
 * (the verified claims of an evaluation). English analysis as in the corpus store: stemming, stop words.
 * Built once, then searched from any thread.
 */
public final class TextIndex implements AutoCloseable {
    private static final String ID = "id";
    private static final String TEXT = "text";

    private final ByteBuffersDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    /** A document of the index. */
    public record Entry(String id, String text) {
    }

    /** A search result: the entry's id and its BM25 score. */
    public record Hit(String id, double score) {
    }

    private TextIndex(ByteBuffersDirectory directory, DirectoryReader reader, Analyzer analyzer) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzer = analyzer;
    }

    public static TextIndex of(List<Entry> entries) {
        Analyzer analyzer = new EnglishAnalyzer();
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (Entry e : entries) {
                Document d = new Document();
                d.add(new StoredField(ID, e.id()));
                d.add(new TextField(TEXT, e.text(), Field.Store.NO));
                writer.addDocument(d);
            }
            writer.commit();
            return new TextIndex(directory, DirectoryReader.open(directory), analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build in-memory index", e);
        }
    }

    /** The best {@code k} entries for {@code text}: any word may match, more and rarer shared words rank higher. */
    public List<Hit> top(String text, int k) {
        Query query = new QueryBuilder(analyzer).createBooleanQuery(TEXT, text);
        if (query == null) {
            return List.of(); // nothing searchable left after analysis (only stop words or symbols)
        }
        try {
            TopDocs top = searcher.search(query, Math.max(1, k));
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(new Hit(stored.document(sd.doc).get(ID), sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search failed", e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            analyzer.close();
        }
    }
}
