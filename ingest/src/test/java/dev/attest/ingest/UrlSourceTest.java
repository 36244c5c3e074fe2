package dev.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.attest.core.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feeds served over HTTP from the loopback address only. */
class UrlSourceTest {
    private final SourceReader reader = new SourceReader(new ArticleReader());
    private HttpServer server;
    private String base;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/wire.atom", exchange -> {
            byte[] body = FeedReadingTest.ATOM.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/atom+xml");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.createContext("/gone", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsAnAtomFeedServedOverHttp() throws InputException {
        CollectingSink sink = new CollectingSink();

        reader.read(base + "/wire.atom", sink);

        assertThat(sink.articles).extracting(Article::url).containsExactly("https://wire.example/ferry-strike-ends");
        assertThat(sink.articles.getFirst().source()).isEqualTo(base + "/wire.atom");
    }

    @Test
    void anHttpErrorFailsTheSourceInOneLine() {
        assertThatThrownBy(() -> reader.read(base + "/gone", new CollectingSink()))
                .isInstanceOf(InputException.class)
                .hasMessage(base + "/gone: HTTP status 404");
    }
}
