package dev.attest.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.attest.core.model.ArticleClaims;
import dev.attest.core.model.Ledger;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/** The queries of a {@link CorpusStore}; see its public methods for what each one means. */
final class CorpusReader {
    private static final int EXPORT_PAGE = 1000;

    private final Path dir;
    private final Searchers searchers;
    private final StatementQueries queries;
    private final LedgerCodec codec;
    private final Vectorizer vectorizer;
    /** The speaker directory of the current reader: it changes only with a commit, and rebuilding it is a pass over all statements. */
    private final AtomicReference<CachedSpeakers> speakerCache = new AtomicReference<>();

    private record CachedSpeakers(IndexReader.CacheKey reader, SpeakerDirectory directory) {
    }

    /** The quote links of the current reader, for the same reason as the speakers. */
    private final AtomicReference<CachedQuotes> quoteCache = new AtomicReference<>();

    private record CachedQuotes(IndexReader.CacheKey reader, QuoteLinks links) {
    }

    CorpusReader(Path dir, Searchers searchers, StatementQueries queries, LedgerCodec codec, Vectorizer vectorizer) {
        this.dir = dir;
        this.searchers = searchers;
        this.queries = queries;
        this.codec = codec;
        this.vectorizer = vectorizer;
    }

    /** The stored article document (ledger JSON, text) of an article ref. */
    private Optional<Document> articleDocument(String articleRef) {
        return searchers.first(both(StatementQueries.ofType(Fields.TYPE_ARTICLE), new TermQuery(new Term(Fields.REF, articleRef))));
    }

    Optional<Ledger> ledger(String articleRef) {
        return articleDocument(articleRef)
                .map(d -> codec.decode(d.get(Fields.LEDGER), d.get(Fields.TEXT)));
    }

    SearchResult search(String text, StatementFilter filter, int limit) {
        Objects.requireNonNull(text, "text");
        return searchers.with(searcher -> {
            SpeakerDirectory speakers = speakers(searcher);
            refuseAmbiguous(filter, speakers);
            TopDocs top = searcher.search(queries.statements(text, filter, speakers), Math.max(1, limit));
            return new SearchResult(top.totalHits.value(), limit <= 0 ? List.of() : hits(searcher, top, speakers));
        });
    }

    SearchResult nearest(String text, StatementFilter filter, int k) {
        if (vectorizer.dimensions() == 0) {
            throw new IllegalStateException(dir + ": opened without a vectorizer; nearest() needs the one the store was filled with");
        }
        float[] vector = vectorizer.embed(List.of(text)).getFirst();
        return searchers.with(searcher -> {
            SpeakerDirectory speakers = speakers(searcher);
            refuseAmbiguous(filter, speakers);
            Query query = new KnnFloatVectorQuery(Fields.CONTENT_VECTOR, vector, Math.max(1, k), queries.statements(null, filter, speakers));
            List<StatementHit> hits = hits(searcher, searcher.search(query, Math.max(1, k)), speakers);
            return new SearchResult(hits.size(), k <= 0 ? List.of() : hits);
        });
    }

    private static List<StatementHit> hits(IndexSearcher searcher, TopDocs top, SpeakerDirectory speakers) throws IOException {
        StoredFields stored = searcher.storedFields();
        List<StatementHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (ScoreDoc sd : top.scoreDocs) {
            hits.add(new StatementHit(LedgerDocuments.row(stored.document(sd.doc), speakers::canonicalKey), sd.score));
        }
        return hits;
    }

    List<SpeakerCount> speakers(int top) {
        return searchers.with(searcher -> speakers(searcher).top(top));
    }

    Optional<SpeakerTimeline> speaker(String name, int limit) {
        return searchers.with(searcher -> {
            SpeakerDirectory speakers = speakers(searcher);
            Optional<SpeakerCount> who = speakers.find(name);
            if (who.isEmpty()) {
                return Optional.<SpeakerTimeline>empty();
            }
            Query query = queries.statements(null, StatementFilter.none().withSpeaker(name), speakers);
            TopDocs top = searcher.search(query, Math.max(1, limit), StatementQueries.newestFirst());
            return Optional.of(new SpeakerTimeline(who.get(), hits(searcher, top, speakers).stream().map(StatementHit::statement).toList()));
        });
    }

    List<SpeakerCount> speakerCandidates(String name) {
        return searchers.with(searcher -> speakers(searcher).ambiguous(name));
    }

    /** A filter on a shared surname would silently match nothing; saying so is more useful. */
    private static void refuseAmbiguous(StatementFilter filter, SpeakerDirectory speakers) {
        if (filter.speaker() == null) {
            return;
        }
        List<SpeakerCount> candidates = speakers.ambiguous(filter.speaker());
        if (!candidates.isEmpty()) {
            throw new AmbiguousSpeakerException(filter.speaker(), candidates);
        }
    }

    Optional<String> ledgerJson(String articleRef) {
        return articleDocument(articleRef)
                .map(d -> d.get(Fields.LEDGER));
    }

    /** One stored-field read and one JSON parse for both the ledger and its claims. */
    Optional<StoredLedger> storedLedger(String articleRef) {
        return articleDocument(articleRef)
                .map(d -> {
                    JsonNode root = codec.parse(d.get(Fields.LEDGER));
                    return new StoredLedger(codec.decode(root, d.get(Fields.TEXT)), codec.decodeClaims(root));
                });
    }

    Optional<ArticleClaims> articleClaims(String articleRef) {
        return articleDocument(articleRef)
                .map(d -> codec.decodeClaims(d.get(Fields.LEDGER)));
    }

    List<ClaimRow> claims(String text, ClaimFilter filter, int limit) {
        return searchers.with(searcher -> {
            SpeakerDirectory speakers = speakers(searcher);
            refuseAmbiguous(filter.asStatementFilter(), speakers);
            Query query = queries.claims(text, filter, speakers);
            int n = Math.max(1, limit);
            TopDocs top = text == null ? searcher.search(query, n, StatementQueries.newestFirst()) : searcher.search(query, n);
            StoredFields stored = searcher.storedFields();
            List<ClaimRow> rows = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                rows.add(LedgerDocuments.claimRow(stored.document(sd.doc), speakers::canonicalKey));
            }
            return limit <= 0 ? List.<ClaimRow>of() : rows;
        });
    }

    Optional<ClaimDetail> claim(String claimRef, ClaimLinkThresholds thresholds, int maxAppearances) {
        return searchers.with(searcher -> {
            TopDocs found = searcher.search(both(StatementQueries.ofType(Fields.TYPE_CLAIM),
                    new TermQuery(new Term(Fields.REF, claimRef))), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.<ClaimDetail>empty();
            }
            int doc = found.scoreDocs[0].doc;
            SpeakerDirectory speakers = speakers(searcher);
            StoredFields stored = searcher.storedFields();
            ClaimRow claim = LedgerDocuments.claimRow(stored.document(doc), speakers::canonicalKey);
            List<StoredDispute> disputes = new ArrayList<>();
            articleClaims(claim.articleRef()).ifPresent(layer -> layer.disputes().stream()
                    .filter(d -> d.targetId().equals(claim.claimId()) || d.targetId().equals(claim.statementId()))
                    .forEach(d -> disputes.add(new StoredDispute(d.targetId(), d.evidence().start(), d.evidence().end(),
                            d.evidenceText(), d.cue(), d.confidence(), d.provenance().rule()))));
            float[] vector = claimVector(searcher, doc);
            List<ClaimAppearance> appearances = new ArrayList<>();
            if (vector != null && maxAppearances > 0) {
                Query others = new BooleanQuery.Builder()
                        .add(StatementQueries.ofType(Fields.TYPE_CLAIM), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(Fields.ARTICLE_REF, claim.articleRef())), BooleanClause.Occur.MUST_NOT)
                        .build();
                TopDocs near = searcher.search(new KnnFloatVectorQuery(Fields.CLAIM_VECTOR, vector, maxAppearances, others), maxAppearances);
                List<ClaimRow> candidates = new ArrayList<>();
                List<Double> cosines = new ArrayList<>();
                for (ScoreDoc sd : near.scoreDocs) {
                    candidates.add(LedgerDocuments.claimRow(stored.document(sd.doc), speakers::canonicalKey));
                    cosines.add(2.0 * sd.score - 1.0); // Lucene's cosine score is (1 + cos) / 2
                }
                Map<String, Double> forward = relativeBm25(searcher, claim, candidates);
                for (int i = 0; i < candidates.size(); i++) {
                    ClaimRow other = candidates.get(i);
                    double lexical = Math.max(forward.getOrDefault(other.ref(), 0.0),
                            relativeBm25(searcher, other, List.of(claim)).getOrDefault(claim.ref(), 0.0));
                    double similarity = thresholds.similarity(lexical, cosines.get(i));
                    ClaimLinkThresholds.LinkStrength strength = thresholds.strength(similarity);
                    if (strength != null) {
                        appearances.add(new ClaimAppearance(other, round(similarity), round(cosines.get(i)), round(lexical), strength,
                                ClaimAppearance.stanceOf(other)));
                    }
                }
                appearances.sort(java.util.Comparator.comparingDouble(ClaimAppearance::similarity).reversed());
            }
            return Optional.of(new ClaimDetail(claim, disputes, appearances, vector != null));
        });
    }

    /**
     * BM25 of {@code query}'s text against each of {@code others}, divided by its score against itself and capped at
     * 1, by ref: 1 for the same words, near 0 for a claim sharing only common ones.
     */
    private Map<String, Double> relativeBm25(IndexSearcher searcher, ClaimRow query, List<ClaimRow> others) throws IOException {
        List<BytesRef> refs = new ArrayList<>();
        refs.add(new BytesRef(query.ref()));
        others.forEach(o -> refs.add(new BytesRef(o.ref())));
        Query q = new BooleanQuery.Builder()
                .add(queries.content(query.text()), BooleanClause.Occur.MUST)
                .add(StatementQueries.ofType(Fields.TYPE_CLAIM), BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(Fields.REF, refs), BooleanClause.Occur.FILTER)
                .build();
        TopDocs top = searcher.search(q, refs.size());
        StoredFields stored = searcher.storedFields();
        Map<String, Double> scores = new java.util.HashMap<>();
        for (ScoreDoc sd : top.scoreDocs) {
            scores.put(stored.document(sd.doc, java.util.Set.of(Fields.REF)).get(Fields.REF), (double) sd.score);
        }
        double self = scores.getOrDefault(query.ref(), 0.0);
        Map<String, Double> relative = new java.util.HashMap<>();
        if (self > 0) {
            scores.forEach((ref, score) -> relative.put(ref, Math.min(1.0, score / self)));
        }
        return relative;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** The stored vector of a claim document, or {@code null} when the claim was not embedded. */
    private static float[] claimVector(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.CLAIM_VECTOR);
        if (values == null) {
            return null;
        }
        int local = doc - leaf.docBase;
        KnnVectorValues.DocIndexIterator it = values.iterator();
        if (it.advance(local) != local) {
            return null;
        }
        return values.vectorValue(it.index()).clone();
    }

    CorpusStats stats() {
        return searchers.with(searcher -> new CorpusStats(
                searcher.count(StatementQueries.ofType(Fields.TYPE_ARTICLE)),
                searcher.count(StatementQueries.ofType(Fields.TYPE_STATEMENT)),
                searcher.count(StatementQueries.ofType(Fields.TYPE_CLAIM)),
                speakers(searcher).size(),
                quoteLinks(searcher).pairs(),
                searcher.count(StatementQueries.ofType(Fields.TYPE_COPY))));
    }

    StoreSize size() {
        return searchers.with(searcher -> new StoreSize(
                searcher.count(StatementQueries.ofType(Fields.TYPE_ARTICLE)),
                searcher.count(StatementQueries.ofType(Fields.TYPE_STATEMENT)),
                searcher.count(StatementQueries.ofType(Fields.TYPE_CLAIM)),
                searcher.count(StatementQueries.ofType(Fields.TYPE_COPY))));
    }

    long export(String text, StatementFilter filter, Consumer<StatementRow> sink) {
        return searchers.with(searcher -> {
            SpeakerDirectory speakers = speakers(searcher);
            refuseAmbiguous(filter, speakers);
            Query query = queries.statements(text, filter, speakers);
            StoredFields stored = searcher.storedFields();
            long sent = 0;
            ScoreDoc after = null;
            while (true) {
                TopDocs page = searcher.searchAfter(after, query, EXPORT_PAGE, StatementQueries.chronological());
                for (ScoreDoc sd : page.scoreDocs) {
                    sink.accept(LedgerDocuments.row(stored.document(sd.doc), speakers::canonicalKey));
                    sent++;
                }
                if (page.scoreDocs.length < EXPORT_PAGE) {
                    return sent;
                }
                after = page.scoreDocs[page.scoreDocs.length - 1];
            }
        });
    }

    private SpeakerDirectory speakers(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return SpeakerDirectory.of(reader);
        }
        CachedSpeakers cached = speakerCache.get();
        if (cached != null && cached.reader() == helper.getKey()) {
            return cached.directory();
        }
        SpeakerDirectory directory = SpeakerDirectory.of(reader);
        speakerCache.set(new CachedSpeakers(helper.getKey(), directory));
        return directory;
    }

    Optional<QuoteAppearances> quote(String statementRef) {
        return searchers.with(searcher -> {
            TopDocs found = searcher.search(both(StatementQueries.ofType(Fields.TYPE_STATEMENT),
                    new TermQuery(new Term(Fields.REF, statementRef))), 1);
            if (found.scoreDocs.length == 0) {
                return Optional.<QuoteAppearances>empty();
            }
            int doc = found.scoreDocs[0].doc;
            SpeakerDirectory speakers = speakers(searcher);
            StoredFields stored = searcher.storedFields();
            StatementRow statement = LedgerDocuments.row(stored.document(doc), speakers::canonicalKey);
            List<StatementRow> others = new ArrayList<>();
            for (int other : quoteLinks(searcher).linkedTo(doc)) {
                others.add(LedgerDocuments.row(stored.document(other), speakers::canonicalKey));
            }
            return Optional.of(QuoteAppearances.of(statement, others));
        });
    }

    private QuoteLinks quoteLinks(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return QuoteLinks.of(reader);
        }
        CachedQuotes cached = quoteCache.get();
        if (cached != null && cached.reader() == helper.getKey()) {
            return cached.links();
        }
        QuoteLinks links = QuoteLinks.of(reader);
        quoteCache.set(new CachedQuotes(helper.getKey(), links));
        return links;
    }

    static Query both(Query a, Query b) {
        return new BooleanQuery.Builder().add(a, BooleanClause.Occur.FILTER).add(b, BooleanClause.Occur.FILTER).build();
    }
}
