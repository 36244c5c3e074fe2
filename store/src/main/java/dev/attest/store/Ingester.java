package dev.attest.store;

import dev.attest.core.extract.ClaimExtractor;
import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.ArticleClaims;
import dev.attest.core.model.Ledger;
import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.ArticleSink;
import dev.attest.ingest.InputException;
import dev.attest.ingest.SourceReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads sources (files and directory trees of text, HTML, JSON lines, RSS/Atom feeds and WARC archives, and
 * http(s) URLs of feeds or pages; see {@link SourceFiles} for which files of a tree are read and
 * {@link SourceReader} for formats), analyses every new article with the pipeline and stores it, committing after
 * each batch. Archives are streamed: a batch can end in the middle of a WARC file.
 *
 * <p><b>Resumable.</b> Before analysing an article it asks the store whether its key is stored; a rerun of the
 * same command after a crash skips everything committed and finishes the rest. Articles whose text is already
 * stored under another URL are recorded as copies without analysis.
 *
 * <p><b>Errors.</b> A bad input or an article the pipeline fails on is reported through the listener as one
 * line and skipped; the ingest goes on.
 */
public final class Ingester {
    private final CorpusStore store;
    private final Pipeline pipeline;
    private final ClaimExtractor claims;
    private final SourceReader reader;
    private final IngestOptions options;
    private final IngestListener listener;

    /** Stores statements only, without claims. */
    public Ingester(CorpusStore store, Pipeline pipeline, ArticleReader reader, IngestOptions options, IngestListener listener) {
        this(store, pipeline, ClaimExtractor.none(), reader, options, listener);
    }

    /** Stores each article's statements and the claims layer {@code claims} finds in it. */
    public Ingester(CorpusStore store, Pipeline pipeline, ClaimExtractor claims, ArticleReader reader, IngestOptions options,
            IngestListener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.reader = new SourceReader(Objects.requireNonNull(reader, "reader"));
        this.options = Objects.requireNonNull(options, "options");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Ingests every source and returns the final counts; everything read is committed when it returns. */
    public IngestProgress ingest(List<Path> sources) {
        return ingestSources(sources.stream().map(Path::toString).toList());
    }

    /** As {@link #ingest(List)}, where a source starting with {@code http://} or {@code https://} is fetched. */
    public IngestProgress ingestSources(List<String> sources) {
        return run(run -> {
            SourceFiles files = new SourceFiles(run::file, run::skippedFile, run::inputProblem);
            for (String source : sources) {
                if (SourceReader.isUrl(source)) {
                    run.url(source);
                } else {
                    files.forEach(List.of(Path.of(source)));
                }
            }
        });
    }

    /** An article's ledger and its claims layer, analysed off the writing thread. */
    private record Analysed(Ledger ledger, ArticleClaims claims) {
    }

    /**
     * Ingests articles already read (from another store, a Parquet table), with the same dedupe, batching, commits
     * and error handling as sources get; everything is committed when it returns.
     */
    public IngestProgress ingestArticles(Iterator<Article> articles) {
        return run(run -> articles.forEachRemaining(run::article));
    }

    /** One ingest: {@code feed} hands articles to the run, which is flushed (committed) at the end. */
    private IngestProgress run(Consumer<Run> feed) {
        ExecutorService analysts = options.threads() > 1 ? Executors.newFixedThreadPool(options.threads()) : null;
        try {
            Run run = new Run(analysts);
            feed.accept(run);
            run.flush();
            return run.progress();
        } finally {
            if (analysts != null) {
                analysts.shutdownNow();
            }
        }
    }

    /** The mutable state of one ingest call, confined to the calling thread. */
    private final class Run implements ArticleSink {
        private final ExecutorService analysts;
        private final long start = System.nanoTime();
        private final List<Article> pending = new ArrayList<>();
        private long stagedCopies;
        private long files;
        private long skippedFiles;
        private long read;
        private long added;
        private long alreadyStored;
        private long copies;
        private long failedInputs;
        private long failedArticles;
        /** Whether the input being read has reported a bad record already: it counts once as a failed input. */
        private boolean inputHadProblems;

        Run(ExecutorService analysts) {
            this.analysts = analysts;
        }

        void file(Path path) {
            files++;
            inputHadProblems = false;
            try {
                reader.read(path, this);
            } catch (InputException e) {
                wholeInputFailed(e);
            }
        }

        void url(String url) {
            files++;
            inputHadProblems = false;
            try {
                reader.read(url, this);
            } catch (InputException e) {
                wholeInputFailed(e);
            }
        }

        private void wholeInputFailed(InputException e) {
            if (!inputHadProblems) {
                failedInputs++;
            }
            listener.problem(e.getMessage());
        }

        @Override
        public void problem(String line) {
            if (!inputHadProblems) {
                inputHadProblems = true;
                failedInputs++;
            }
            listener.problem(line);
        }

        void skippedFile(Path path) {
            skippedFiles++;
        }

        void inputProblem(String line) {
            failedInputs++;
            listener.problem(line);
        }

        @Override
        public void article(Article article) {
            read++;
            switch (store.presence(article)) {
                case ALREADY_STORED -> alreadyStored++;
                case DUPLICATE_TEXT -> {
                    store.addCopy(article);
                    copies++;
                    stagedCopies++;
                }
                case NEW -> pending.add(article);
            }
            if (pending.size() + stagedCopies >= options.batchSize()) {
                flush();
            }
        }

        /** Analyses the pending articles, stages them and commits: the unit a crash can lose. */
        void flush() {
            if (pending.isEmpty() && stagedCopies == 0) {
                return;
            }
            analyse(pending, this::stage);
            store.commit();
            pending.clear();
            stagedCopies = 0;
            listener.committed(progress());
        }

        private void stage(Analysed done) {
            switch (store.add(done.ledger(), done.claims(), claims.vectorModel())) {
                case NEW -> added++;
                case DUPLICATE_TEXT -> copies++; // the same text twice within one batch
                case ALREADY_STORED -> alreadyStored++; // the same URL twice within one batch
            }
        }

        /**
         * Hands each ledger to {@code sink} in input order as soon as it is ready, so writing overlaps the analysis
         * of later articles; an article the pipeline fails on is reported and left out.
         */
        private void analyse(List<Article> articles, Consumer<Analysed> sink) {
            if (analysts == null) {
                for (Article a : articles) {
                    Analysed ledger;
                    try {
                        ledger = analysed(a);
                    } catch (RuntimeException e) {
                        analysisFailed(a, e);
                        continue;
                    }
                    sink.accept(ledger);
                }
                return;
            }
            List<Future<Analysed>> futures = new ArrayList<>(articles.size());
            for (Article a : articles) {
                futures.add(analysts.submit(() -> analysed(a)));
            }
            for (int i = 0; i < futures.size(); i++) {
                Analysed ledger;
                try {
                    ledger = futures.get(i).get();
                } catch (ExecutionException e) {
                    analysisFailed(articles.get(i), e.getCause());
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("ingest interrupted", e);
                }
                sink.accept(ledger);
            }
        }

        private Analysed analysed(Article a) {
            Ledger ledger = pipeline.analyze(a);
            return new Analysed(ledger, claims.extract(ledger));
        }

        private void analysisFailed(Article a, Throwable e) {
            failedArticles++;
            String where = a.source() == null || a.source().equals(a.id()) ? a.id() : a.source() + ": " + a.id();
            listener.problem(where + ": analysis failed (" + String.valueOf(e).replaceAll("\\s+", " ") + ")");
        }

        IngestProgress progress() {
            return new IngestProgress(files, skippedFiles, read, added, alreadyStored, copies, failedInputs, failedArticles,
                    Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
