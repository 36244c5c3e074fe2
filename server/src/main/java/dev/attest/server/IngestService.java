package dev.attest.server;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.ArticleSink;
import dev.attest.ingest.InputException;
import dev.attest.ingest.InputKind;
import dev.attest.ingest.ReadResult;
import dev.attest.ingest.ReaderLimits;
import dev.attest.ingest.SourceReader;
import dev.attest.store.ArticleIdentity;
import dev.attest.store.CorpusStore;
import dev.attest.store.StoreException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stores articles a reviewer sends (a body of text, HTML or JSON lines, or a URL of a page or feed) through the
 * store's write API: the same presence check, analysis, copy detection and atomic commit as {@code attest ingest}.
 *
 * <p>The server keeps its store open read-only, so that {@code attest ingest} can run beside it; each ingest opens the
 * store for writing just for its own commit. One ingest runs at a time; while another process holds the store's
 * write lock the request gets 409.
 */
public final class IngestService {
    static final int MAX_ARTICLES = 500;
    private final Path storeDir;
    private final Pipeline pipeline;
    private final ArticleReader reader;
    private final SourceReader sources;
    private final RedirectResolver redirects;

    public IngestService(Path storeDir, Pipeline pipeline, long maxBytes, UrlPolicy urls) {
        this.storeDir = storeDir;
        this.pipeline = pipeline;
        this.reader = new ArticleReader(new ReaderLimits(maxBytes));
        this.sources = new SourceReader(reader);
        this.redirects = new RedirectResolver(urls);
    }

    /** The input kind a request's Content-Type declares: text/plain, text/html or a JSON lines type. */
    static Optional<InputKind> kindOf(String contentType) {
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/plain" -> Optional.of(InputKind.TEXT);
            case "text/html" -> Optional.of(InputKind.HTML);
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" -> Optional.of(InputKind.JSONL);
            default -> Optional.empty();
        };
    }

    /** Reads the body as the declared kind and stores its articles. */
    public IngestReport ingest(String inputName, byte[] body, InputKind kind) {
        if (body.length == 0) {
            throw new HttpError(400, "empty body: send the article(s) to ingest");
        }
        ReadResult read;
        try {
            read = reader.read(inputName, body, kind);
        } catch (InputException e) {
            throw new HttpError(400, e.problem());
        }
        return store(read.articles(), read.errors());
    }

    /** Fetches a page or feed (http(s), public hosts unless the policy allows others) and stores its articles. */
    public IngestReport ingestUrl(String url) {
        String checked = redirects.finalUrl(url).toString();
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            sources.read(checked, new ArticleSink() {
                @Override
                public void article(Article article) {
                    articles.add(article);
                }

                @Override
                public void problem(String line) {
                    problems.add(line);
                }
            });
        } catch (InputException e) {
            throw new HttpError(400, e.getMessage());
        }
        return store(articles, problems);
    }

    private synchronized IngestReport store(List<Article> articles, List<String> problems) {
        if (articles.isEmpty()) {
            throw new HttpError(400, problems.isEmpty() ? "no article found in the input" : "no article stored: " + String.join("; ", problems));
        }
        if (articles.size() > MAX_ARTICLES) {
            throw new HttpError(400, articles.size() + " articles in one request; the limit is " + MAX_ARTICLES + " (use attest ingest)");
        }
        List<IngestReport.Item> items = new ArrayList<>();
        List<String> allProblems = new ArrayList<>(problems);
        try (CorpusStore store = CorpusStore.open(storeDir)) {
            for (Article a : articles) {
                items.add(store(store, a, allProblems));
            }
            store.commit();
        } catch (StoreException e) {
            throw new HttpError(409, "cannot write the store: " + e.getMessage());
        }
        return new IngestReport(items, allProblems);
    }

    private IngestReport.Item store(CorpusStore store, Article a, List<String> problems) {
        String ref = ArticleIdentity.of(a).ref();
        String status = switch (store.presence(a)) {
            case ALREADY_STORED -> "already stored";
            case DUPLICATE_TEXT -> {
                store.addCopy(a);
                yield "copy";
            }
            case NEW -> {
                try {
                    store.add(pipeline.analyze(a));
                    yield "added";
                } catch (RuntimeException e) {
                    problems.add(a.id() + ": analysis failed (" + String.valueOf(e).replaceAll("\\s+", " ") + ")");
                    yield "failed";
                }
            }
        };
        return new IngestReport.Item(a.id(), ref, a.title(), status);
    }
}
