package dev.attest.ingest;

import dev.attest.core.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads any ingest source into a sink: a file or an http(s) URL holding text, HTML, JSON lines, an RSS/Atom
 * feed, or (files only) a WARC/WARC.gz archive. The format comes from the content ({@link SourceSniffer}).
 *
 * <p>{@link InputException} when the source as a whole is unusable (missing, binary, a feed that is not XML);
 * problems with single records (a JSON line, a feed item, a WARC record) go to {@link ArticleSink#problem} and
 * the rest of the source is read. Archives are streamed; other sources are bounded by the reader's limit.
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceReader {
    private final ArticleReader articles;
    private final FeedReader feeds = new FeedReader();
    private final SourceSniffer sniffer = new SourceSniffer();
    private final UrlFetcher fetcher = new UrlFetcher();

    public SourceReader(ArticleReader articles) {
        this.articles = Objects.requireNonNull(articles, "articles");
    }

    public static boolean isUrl(String source) {
        String lower = source.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** A URL is fetched; anything else is a file path. */
    public void read(String source, ArticleSink sink) throws InputException {
        if (isUrl(source)) {
            readUrl(source.strip(), sink);
        } else {
            read(Path.of(source), sink);
        }
    }

    public void read(Path path, ArticleSink sink) throws InputException {
        String name = path.toString();
        switch (sniffer.detect(head(path))) {
            case WARC -> WarcArticles.read(path, name, articles, sink);
            case FEED -> emit(feeds.read(name, articles.readBytes(name, path)), sink);
            case ARTICLES -> emit(articles.read(path), sink);
        }
    }

    private void readUrl(String url, ArticleSink sink) throws InputException {
        byte[] bytes = fetcher.fetch(url, articles.limits().maxBytes());
        byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, SourceSniffer.HEAD_BYTES));
        switch (sniffer.detect(head)) {
            case WARC -> throw new InputException(url, "is a web archive; download it and ingest the file, which is streamed");
            case FEED -> emit(feeds.read(url, bytes), sink);
            case ARTICLES -> emit(articles.read(url, bytes), sink);
        }
    }

    /** The first bytes of a file, or none when it cannot be opened: the article reader then reports why. */
    private static byte[] head(Path path) {
        if (!Files.isRegularFile(path)) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(SourceSniffer.HEAD_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void emit(ReadResult result, ArticleSink sink) {
        for (Article article : result.articles()) {
            sink.article(article);
        }
        result.errors().forEach(sink::problem);
    }
}
