package dev.attest.bench;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.core.model.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes articles as the inputs the job reads: JSON lines, and WARC.gz crawls of their HTML pages. */
public final class CorpusFiles {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant CRAWLED = Instant.parse("2026-04-01T00:00:00Z");

    private CorpusFiles() {
    }

    public static void writeJsonLines(Path file, List<Article> articles) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article article : articles) {
                out.write(jsonLine(article));
                out.write('\n');
            }
        }
    }

    public static String jsonLine(Article article) throws IOException {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", article.id());
        node.put("title", article.title());
        node.put("text", article.text());
        node.put("url", article.url());
        if (article.published() != null) {
            node.put("published", article.published().toString());
        }
        return JSON.writeValueAsString(node);
    }

    /** One gzip member per record, as crawlers write them: a request then the response, for every article. */
    public static void writeWarc(Path file, List<Article> articles) throws IOException {
        try (WarcWriter warc = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            for (Article article : articles) {
                writePage(warc, URI.create(article.url()), ArticleHtml.render(article).getBytes(StandardCharsets.UTF_8),
                        MediaType.HTML_UTF8);
            }
        }
    }

    /** Writes a request and its 200 response; returns the response record's offset in the file. */
    public static long writePage(WarcWriter warc, URI uri, byte[] body, MediaType type) throws IOException {
        HttpRequest request = new HttpRequest.Builder("GET", uri.getRawPath() == null ? "/" : uri.getRawPath())
                .addHeader("Host", uri.getHost()).build();
        warc.write(new WarcRequest.Builder(uri).date(CRAWLED).body(request).build());
        long responseOffset = warc.position();
        HttpResponse response = new HttpResponse.Builder(200, "OK").body(type, body).build();
        warc.write(new WarcResponse.Builder(uri).date(CRAWLED).body(response).build());
        return responseOffset;
    }
}
