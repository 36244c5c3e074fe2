package dev.attest.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attest.core.model.Article;
import dev.attest.core.model.ArticleClaims;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The corpus: every article, its ledger and its statements in one embedded Lucene index in one directory.
 *
 * <p><b>Durability.</b> {@link #add} stages documents; only {@link #commit} makes them durable, atomically.
 * A process killed at any point reopens at its last commit, with every article either fully present
 * (article, statements, ledger) or absent, because all documents of an article go in as one block.
 *
 * <p><b>Identity.</b> An article's key is its normalised URL, or its text hash when it has no URL (see
 * {@link ArticleIdentity}). Adding an article whose key is stored does nothing (first version wins); adding one
 * whose text is stored under another key records a copy (its URL and outlet pointing at the stored text).
 * Blocks are written with {@code updateDocuments} on the key, so even a bug in these checks cannot make two
 * copies of one key.
 *
 * <p>Open for writing with {@link #open} (one writer per directory; Lucene's lock file refuses a second) or
 * for queries with {@link #openReadOnly}, which sees the last commit and works while an ingest is running.
 * Methods are thread-safe.
 */
public final class CorpusStore implements AutoCloseable {
    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final Searchers searchers;
    private final CorpusReader reader;
    private final Vectorizer vectorizer;
    private final Analyzer analyzer;
    private final LedgerCodec codec = new LedgerCodec(new ObjectMapper());
    private final LedgerDocuments documents = new LedgerDocuments(codec);
    /** What was added since the last commit, which the searchers do not see yet: key -> ref, text hash -> ref. */
    private final Map<String, String> stagedKeys = new HashMap<>();
    private final Map<String, String> stagedHashes = new HashMap<>();
    /** MinHash fingerprints of the articles staged since the last commit, by ref, for wire copies within one batch. */
    private final Map<String, NearCopies.Fingerprint> stagedFingerprints = new HashMap<>();
    /** Band matches checked per article: each is a stored-field read, and a true copy shares most bands so ranks first. */
    private static final int NEAR_CANDIDATES = 5;
    /** The model of the stored claim vectors, {@code null} until the first vector is written. */
    private String claimVectorModel;

    private CorpusStore(Path dir, Directory directory, IndexWriter writer, SearcherManager manager, Vectorizer vectorizer, Analyzer analyzer,
            String claimVectorModel) {
        this.claimVectorModel = claimVectorModel;
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = new Searchers(dir, manager, writer == null);
        this.vectorizer = vectorizer;
        this.analyzer = analyzer;
        this.reader = new CorpusReader(dir, searchers, new StatementQueries(analyzer), codec, vectorizer);
    }

    /** Opens (creating it when absent) the store in {@code dir} for writing, without vectors. */
    public static CorpusStore open(Path dir) {
        return open(dir, Vectorizer.none());
    }

    /** Opens the store for writing; statements get vectors from {@code vectorizer} unless it is {@link Vectorizer#none()}. */
    public static CorpusStore open(Path dir, Vectorizer vectorizer) {
        Objects.requireNonNull(vectorizer, "vectorizer");
        Directory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            Map<String, String> userData = lastCommitData(dir, directory);
            if (userData.isEmpty() && Arrays.stream(directory.listAll()).anyMatch(f -> !f.equals(IndexWriter.WRITE_LOCK_NAME))) {
                // a mistyped --store (a home or project directory) must not get index files sprinkled among its own;
                // a lone lock file is what a process killed before the store's first commit leaves
                throw new StoreException(dir + ": not an Attest store and not empty; give a new or empty directory");
            }
            String vectors = vectorizer.name() + "/" + vectorizer.dimensions();
            String stored = userData.get(Fields.VECTORIZER_KEY);
            if (stored != null && !stored.equals(vectors)) {
                throw new StoreException(dir + ": store holds vectors of " + stored + ", cannot add vectors of " + vectors);
            }
            Analyzer analyzer = new EnglishAnalyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            String claimVectors = userData.get(Fields.CLAIM_VECTORS_KEY);
            writer.setLiveCommitData(commitData(vectors, claimVectors).entrySet());
            if (userData.isEmpty()) {
                writer.commit(); // an empty but valid store, so queries on it work before the first batch lands
            }
            return new CorpusStore(dir, directory, writer, new SearcherManager(writer, null), vectorizer, analyzer, claimVectors);
        } catch (LockObtainFailedException e) {
            closeQuietly(writer, directory);
            throw new StoreException(dir + ": another process is writing this store (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            closeQuietly(writer, directory);
            throw new StoreException(dir + ": cannot open store: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(writer, directory);
            throw e;
        }
    }

    /** Opens an existing store for queries only; it sees the last commit at open and any later one on the next query. */
    public static CorpusStore openReadOnly(Path dir) {
        return openReadOnly(dir, Vectorizer.none());
    }

    /** Opens an existing store for queries, embedding query texts with {@code vectorizer} for {@link #nearest}. */
    public static CorpusStore openReadOnly(Path dir, Vectorizer vectorizer) {
        Directory directory = null;
        try {
            if (!Files.isDirectory(dir)) {
                throw new StoreException(dir + ": no store here; run `attest ingest SOURCE... --store " + dir + "` first");
            }
            directory = FSDirectory.open(dir);
            if (lastCommitData(dir, directory).isEmpty()) {
                throw new StoreException(dir + ": not an Attest store (no index in this directory)");
            }
            return new CorpusStore(dir, directory, null, new SearcherManager(directory, null), vectorizer, new EnglishAnalyzer(), null);
        } catch (IOException e) {
            closeQuietly(null, directory);
            throw new StoreException(dir + ": cannot open store: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(null, directory);
            throw e;
        }
    }

    private static Map<String, String> commitData(String statementVectors, String claimVectors) {
        return claimVectors == null
                ? Map.of(Fields.FORMAT_KEY, Fields.FORMAT, Fields.VECTORIZER_KEY, statementVectors)
                : Map.of(Fields.FORMAT_KEY, Fields.FORMAT, Fields.VECTORIZER_KEY, statementVectors, Fields.CLAIM_VECTORS_KEY, claimVectors);
    }

    /** The commit data of the newest commit, empty when there is no index yet; refuses a store of another format. */
    private static Map<String, String> lastCommitData(Path dir, Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        List<IndexCommit> commits = DirectoryReader.listCommits(directory);
        Map<String, String> data = commits.getLast().getUserData();
        String format = data.get(Fields.FORMAT_KEY);
        if (!Fields.FORMAT.equals(format)) {
            throw new StoreException(dir + ": not an Attest store of format " + Fields.FORMAT + " (found " + format + ")");
        }
        return data;
    }

    public Path directory() {
        return dir;
    }

    // ---- writing ----

    /** Whether the article, or its text under another key, is stored or staged for the next commit. */
    public synchronized Presence presence(Article article) {
        return match(Incoming.of(article)).presence();
    }

    /** An article about to be checked and staged, with what identifies it computed once (two hashes and a MinHash). */
    private record Incoming(Article article, ArticleIdentity id, NearCopies.Fingerprint fingerprint) {
        static Incoming of(Article article) {
            return new Incoming(article, ArticleIdentity.of(article), NearCopies.of(article.text()).orElse(null));
        }
    }

    /** What the store holds of an incoming article; {@code nearRef} is the article it is a wire copy of, if so. */
    private record Match(Presence presence, String nearRef) {
    }

    private Match match(Incoming in) {
        ArticleIdentity id = in.id();
        if (stagedKeys.containsKey(id.key()) || searchers.count(new TermQuery(new Term(Fields.ARTICLE_KEY, id.key()))) > 0) {
            return new Match(Presence.ALREADY_STORED, null);
        }
        // counts are term lookups: no scoring and no stored fields, which matters because every article is checked
        boolean textStored = stagedHashes.containsKey(id.textHash())
                || searchers.count(new TermQuery(new Term(Fields.TEXT_HASH, id.textHash()))) > 0;
        if (textStored) {
            return new Match(Presence.DUPLICATE_TEXT, null);
        }
        return nearOriginal(in.fingerprint()).map(ref -> new Match(Presence.DUPLICATE_TEXT, ref))
                .orElse(new Match(Presence.NEW, null));
    }

    /** The stored or staged article a text with this fingerprint is a wire copy of (the most similar one). */
    private Optional<String> nearOriginal(NearCopies.Fingerprint fp) {
        if (fp == null) {
            return Optional.empty();
        }
        String best = null;
        double bestSimilarity = NearCopies.THRESHOLD;
        for (Map.Entry<String, NearCopies.Fingerprint> staged : stagedFingerprints.entrySet()) {
            double similarity = fp.similarity(staged.getValue().signature());
            if (similarity >= bestSimilarity) {
                best = staged.getKey();
                bestSimilarity = similarity;
            }
        }
        BooleanQuery.Builder bands = new BooleanQuery.Builder();
        for (long band : fp.bands()) {
            bands.add(new TermQuery(new Term(Fields.NEAR_BAND, NearCopies.Fingerprint.bandTerm(band))), BooleanClause.Occur.SHOULD);
        }
        Query candidates = CorpusReader.both(StatementQueries.ofType(Fields.TYPE_ARTICLE), bands.build());
        List<Document> docs = searchers.top(candidates, NEAR_CANDIDATES, Set.of(Fields.REF, Fields.MINHASH));
        for (Document d : docs) {
            double similarity = fp.similarity(NearCopies.decode(d.getBinaryValue(Fields.MINHASH)));
            if (similarity >= bestSimilarity) {
                best = d.get(Fields.REF);
                bestSimilarity = similarity;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Stages an analysed article for the next commit: a new article is written with its statements; one whose
     * text is stored under another key becomes a copy pointing at it; one whose key is stored is left alone.
     *
     * @return what the store found before the call
     */
    public synchronized Presence add(Ledger ledger) {
        return add(ledger, ArticleClaims.none(), "none/0");
    }

    /**
     * As {@link #add(Ledger)}, with the article's claims layer; {@code vectorModel} names the model of the claim
     * vectors ({@link dev.attest.core.extract.ClaimExtractor#vectorModel()}), and a store refuses vectors of a model
     * other than the one it holds.
     */
    public synchronized Presence add(Ledger ledger, ArticleClaims claims, String vectorModel) {
        Incoming in = Incoming.of(ledger.article());
        Match match = match(in);
        if (match.presence() == Presence.NEW && !claims.vectors().isEmpty()) {
            acceptClaimVectors(vectorModel);
        }
        switch (match.presence()) {
            case NEW -> write(ledger, claims, in);
            case DUPLICATE_TEXT -> writeCopy(in, match);
            case ALREADY_STORED -> { }
        }
        return match.presence();
    }

    /**
     * Stages a copy for an article whose text is already stored, without analysing it. Returns the presence
     * found; for {@link Presence#NEW} nothing is written and the caller has to analyse the article and {@link #add} it.
     */
    public synchronized Presence addCopy(Article article) {
        Incoming in = Incoming.of(article);
        Match match = match(in);
        if (match.presence() == Presence.DUPLICATE_TEXT) {
            writeCopy(in, match);
        }
        return match.presence();
    }

    private void acceptClaimVectors(String model) {
        if (claimVectorModel == null) {
            claimVectorModel = model;
            writableWriter().setLiveCommitData(commitData(statementVectors(), model).entrySet());
        } else if (!claimVectorModel.equals(model)) {
            throw new StoreException(dir + ": store holds claim vectors of " + claimVectorModel + ", cannot add vectors of " + model);
        }
    }

    private String statementVectors() {
        return vectorizer.name() + "/" + vectorizer.dimensions();
    }

    private void write(Ledger ledger, ArticleClaims claims, Incoming in) {
        ArticleIdentity id = in.id();
        List<float[]> vectors = vectorizer.dimensions() == 0 ? List.of()
                : vectorizer.embed(ledger.statements().stream().map(Statement::contentText).toList());
        if (vectors.size() != (vectorizer.dimensions() == 0 ? 0 : ledger.statements().size())) {
            throw new IllegalStateException("vectorizer " + vectorizer.name() + " returned " + vectors.size() + " vectors for "
                    + ledger.statements().size() + " statements");
        }
        NearCopies.Fingerprint fingerprint = in.fingerprint();
        try {
            writableWriter().updateDocuments(new Term(Fields.ARTICLE_KEY, id.key()),
                    documents.documents(ledger, claims, id, vectors, fingerprint));
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot write article " + ledger.article().id() + ": " + e.getMessage(), e);
        }
        stagedKeys.put(id.key(), id.ref());
        stagedHashes.put(id.textHash(), id.ref());
        if (fingerprint != null) {
            stagedFingerprints.put(id.ref(), fingerprint);
        }
    }

    private void writeCopy(Incoming in, Match match) {
        Article article = in.article();
        ArticleIdentity id = in.id();
        boolean near = match.nearRef() != null;
        String original = near ? match.nearRef() : originalRef(id.textHash()).orElseThrow();
        try {
            writableWriter().updateDocument(new Term(Fields.ARTICLE_KEY, id.key()), documents.copy(article, id, original, near));
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot write copy " + article.id() + ": " + e.getMessage(), e);
        }
        stagedKeys.put(id.key(), id.ref());
    }

    /** The ref of the stored (or staged) article with this text hash. */
    private Optional<String> originalRef(String textHash) {
        String staged = stagedHashes.get(textHash);
        if (staged != null) {
            return Optional.of(staged);
        }
        return searchers.first(CorpusReader.both(StatementQueries.ofType(Fields.TYPE_ARTICLE), new TermQuery(new Term(Fields.TEXT_HASH, textHash))))
                .map(d -> d.get(Fields.REF));
    }

    /** Makes everything staged durable in one atomic commit and visible to queries. */
    public synchronized void commit() {
        try {
            writableWriter().commit();
            searchers.refresh();
        } catch (IOException e) {
            throw new StoreException(dir + ": commit failed: " + e.getMessage(), e);
        }
        stagedKeys.clear();
        stagedHashes.clear();
        stagedFingerprints.clear();
    }

    private IndexWriter writableWriter() {
        if (writer == null) {
            throw new IllegalStateException(dir + " was opened read-only");
        }
        return writer;
    }

    // ---- reading ----

    /** The stored ledger of an article, equal to the one that was added. */
    public Optional<Ledger> ledger(String articleRef) {
        return reader.ledger(articleRef);
    }

    /**
     * The ledger of an article as JSON in the schema of docs/output-format.md (confidences unrounded), with its
     * claims, disputes and hedges when claims were extracted at ingest.
     */
    public Optional<String> ledgerJson(String articleRef) {
        return reader.ledgerJson(articleRef);
    }

    /**
     * The best {@code limit} statements for {@code text} (BM25; any word may match, more matching words rank
     * higher) among those passing {@code filter}.
     *
     * @throws AmbiguousSpeakerException when the speaker filter is a surname several speakers share
     */
    public SearchResult search(String text, StatementFilter filter, int limit) {
        return reader.search(text, filter, limit);
    }

    /**
     * The {@code k} statements whose vectors are closest (cosine) to the vector of {@code text}, among those passing
     * {@code filter}; the score is Lucene's cosine score, (1 + cosine) / 2. Needs the vectorizer the store was filled with.
     */
    public SearchResult nearest(String text, StatementFilter filter, int k) {
        return reader.nearest(text, filter, k);
    }

    /** The {@code top} speakers with most statements, aliases merged (see {@link SpeakerDirectory}). */
    public List<SpeakerCount> speakers(int top) {
        return reader.speakers(top);
    }

    /** The statements of a named speaker (full name or unique surname, any case), newest first, at most {@code limit}. */
    public Optional<SpeakerTimeline> speaker(String name, int limit) {
        return reader.speaker(name, limit);
    }

    /**
     * The speakers a name could mean: empty when the name is unknown or identifies one speaker, several when it is
     * a surname that several full names share. Lets a caller say "did you mean" instead of showing nothing.
     */
    public List<SpeakerCount> speakerCandidates(String name) {
        return reader.speakerCandidates(name);
    }

    /**
     * A statement (by its ref, {@code <article ref>:<statement id>}) with the statements of other articles that
     * carry the same quote, or a longer or shorter form of it; empty when no statement has that ref.
     */
    public Optional<QuoteAppearances> quote(String statementRef) {
        return reader.quote(statementRef);
    }

    /** The stored ledger of an article with its claims layer, read once; empty when no article has that ref. */
    public Optional<StoredLedger> storedLedger(String articleRef) {
        return reader.storedLedger(articleRef);
    }

    /** The claims layer of an article (claims, disputes, statement hedges; no vectors), empty when no article has that ref. */
    public Optional<ArticleClaims> articleClaims(String articleRef) {
        return reader.articleClaims(articleRef);
    }

    /**
     * Claims passing {@code filter}: the best BM25 matches for {@code text}, or with a {@code null} text the newest
     * first (undated last), at most {@code limit}.
     *
     * @throws AmbiguousSpeakerException when the speaker filter is a surname several speakers share
     */
    public List<ClaimRow> claims(String text, ClaimFilter filter, int limit) {
        return reader.claims(text, filter, limit);
    }

    /**
     * A claim (by its ref, {@code <article ref>:<claim id>}) with its article's disputes of it and the claims of other
     * articles whose vectors are at least {@code thresholds.suggest()} similar (at most {@code maxAppearances}).
     */
    public Optional<ClaimDetail> claim(String claimRef, ClaimLinkThresholds thresholds, int maxAppearances) {
        return reader.claim(claimRef, thresholds, maxAppearances);
    }

    public CorpusStats stats() {
        return reader.stats();
    }

    /** The document counts alone: cheap at any size, unlike {@link #stats()} (used by the store benchmark). */
    public StoreSize size() {
        return reader.size();
    }

    /**
     * Streams every statement matching {@code text} ({@code null}: all) and {@code filter} to {@code sink}, oldest
     * first, page by page, so an export of any size runs in bounded memory. Returns how many were sent.
     *
     * @throws AmbiguousSpeakerException when the speaker filter is a surname several speakers share
     */
    public long export(String text, StatementFilter filter, Consumer<StatementRow> sink) {
        return reader.export(text, filter, sink);
    }

    /** Commits what is staged (a normal end keeps everything) and releases the index lock. */
    @Override
    public synchronized void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.commit();
                writer.close();
            }
            directory.close();
        } catch (IOException e) {
            throw new StoreException(dir + ": close failed: " + e.getMessage(), e);
        } finally {
            analyzer.close();
        }
    }

    private static void closeQuietly(IndexWriter writer, Directory directory) {
        try {
            if (writer != null) {
                writer.rollback();
            }
        } catch (IOException | RuntimeException ignored) {
            // the original failure is the one worth reporting
        }
        try {
            if (directory != null) {
                directory.close();
            }
        } catch (IOException | RuntimeException ignored) {
            // same
        }
    }
}
