package dev.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.attest.core.extract.Pipeline;
import dev.attest.ingest.ArticleReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** End to end: feeds (file and HTTP), a WARC.gz generated here, and bad inputs in the same batch. */
class SourceIngestTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Harbor Gazette</title><link>https://gazette.example/</link>
              <item><title>Bridge to reopen</title><link>https://gazette.example/bridge</link>
                <pubDate>Tue, 03 Mar 2026 09:30:00 GMT</pubDate>
                <description>&lt;p&gt;&#8220;We are on schedule and on budget,&#8221; Mayor Elena Vasquez said on Monday.&lt;/p&gt;</description></item>
              <item><title>Council delays vote</title><link>https://gazette.example/council</link>
                <description>The council postponed its vote, spokesman Ali Khan said.</description></item>
            </channel></rss>
            """;
    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire Desk</title><id>urn:x:wire</id><updated>2026-03-05T12:00:00Z</updated>
              <entry><title>Ferry strike ends</title><link href="https://wire.example/ferry"/><id>urn:x:1</id>
                <updated>2026-03-05T11:00:00Z</updated>
                <content type="html">&lt;p&gt;&amp;ldquo;The ferries run again tomorrow,&amp;rdquo; union leader Tom Reyes told reporters.&lt;/p&gt;</content></entry>
            </feed>
            """;

    @TempDir
    Path tmp;

    @Test
    void ingestsAnRssFileAnAtomFeedOverHttpAndAWarcGzAndSkipsBadInputs() throws IOException {
        Path news = Files.createDirectories(tmp.resolve("news"));
        Files.writeString(news.resolve("gazette.rss"), RSS);
        Files.writeString(news.resolve("broken.rss"), "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><item></channel>");
        Path warc = news.resolve("crawl.warc.gz");
        List<Long> offsets = writeWarc(warc);
        smash(warc, offsets.get(1) + 40); // the second record's gzip data
        List<String> problems = new ArrayList<>();
        HttpServer server = serve(ATOM);
        IngestProgress done;
        try (CorpusStore store = CorpusStore.open(tmp.resolve("attest-data"))) {
            done = new Ingester(store, Pipeline.standard(), new ArticleReader(), IngestOptions.defaults().withBatchSize(2),
                    problemsInto(problems))
                    .ingestSources(List.of(news.toString(), "http://127.0.0.1:" + server.getAddress().getPort() + "/wire.atom"));
        } finally {
            server.stop(0);
        }

        assertThat(done.added()).isEqualTo(2 + 2 + 1); // two RSS items, two of three WARC pages, one Atom entry
        assertThat(done.failedInputs()).isEqualTo(2);
        assertThat(problems).hasSize(2);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(news.resolve("broken.rss") + ": invalid feed XML (line 2"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(warc + ": record at byte " + offsets.get(1) + ": "));
        try (CorpusStore store = CorpusStore.openReadOnly(tmp.resolve("attest-data"))) {
            assertThat(store.stats().articles()).isEqualTo(5);
            List<StatementHit> ferry = store.search("ferries", StatementFilter.none(), 5).hits();
            assertThat(ferry).singleElement().satisfies(h -> {
                assertThat(h.statement().outlet()).isEqualTo("wire.example");
                assertThat(h.statement().speaker()).isEqualTo("Tom Reyes");
                assertThat(h.statement().published()).isEqualTo(LocalDate.of(2026, 3, 5));
            });
            List<StatementHit> budget = store.search("budget", StatementFilter.none().withOutlet("gazette.example"), 5).hits();
            assertThat(budget).singleElement().satisfies(h -> assertThat(h.statement().published()).isEqualTo(LocalDate.of(2026, 3, 3)));
            List<StatementHit> warcHits = store.search("depot", StatementFilter.none(), 5).hits();
            assertThat(warcHits).singleElement().satisfies(h -> {
                assertThat(h.statement().url()).isEqualTo("https://archive.example/depot");
                assertThat(h.statement().published()).isEqualTo(LocalDate.of(2026, 2, 1));
            });
        }
    }

    private static IngestListener problemsInto(List<String> problems) {
        return new IngestListener() {
            @Override
            public void problem(String line) {
                problems.add(line);
            }

            @Override
            public void committed(IngestProgress progress) {
            }
        };
    }

    private static HttpServer serve(String atom) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/wire.atom", exchange -> {
            byte[] body = atom.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        return server;
    }

    private static List<Long> writeWarc(Path file) throws IOException {
        String[][] pages = {
                {"https://archive.example/depot", "Depot plan delayed", "\u201cThe depot will open in the spring,\u201d Helen Park told reporters."},
                {"https://archive.example/lost", "Lost page", "\u201cThis record is damaged on disk,\u201d nobody said."},
                {"https://archive.example/park", "Park renamed", "\u201cThe park keeps its trees and gains a name,\u201d Mayor Elena Vasquez said."},
        };
        List<Long> offsets = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter writer = new WarcWriter(channel, WarcCompression.GZIP)) {
            for (String[] page : pages) {
                offsets.add(writer.position());
                String html = "<html><head><title>" + page[1] + "</title></head><body><article><h1>" + page[1] + "</h1><p>" + page[2]
                        + "</p></article></body></html>";
                HttpResponse http = new HttpResponse.Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build();
                // a fixed record id (jwarc's default is random) so the damaged bytes below are the same every run
                writer.write(new WarcResponse.Builder(URI.create(page[0])).date(Instant.parse("2026-02-01T12:00:00Z"))
                        .recordId(UUID.nameUUIDFromBytes(page[0].getBytes(StandardCharsets.UTF_8))).body(http).build());
            }
        }
        return offsets;
    }

    private static void smash(Path file, long at) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(at);
            raf.write(new byte[32]);
        }
    }
}
