package dev.attest.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attest.core.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReadingTest {
    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- written for Attest's tests -->
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Harbor Gazette</title>
                <link>https://gazette.example/</link>
                <description>Local news</description>
                <item>
                  <title>Bridge to reopen in May</title>
                  <link>https://gazette.example/bridge-reopens</link>
                  <pubDate>Tue, 03 Mar 2026 09:30:00 GMT</pubDate>
                  <description>A short teaser.</description>
                  <content:encoded><![CDATA[<p>The harbor bridge will reopen in May, officials said.</p>
                    <p>&#8220;We are on schedule and on budget,&#8221; Mayor Elena Vasquez said on Monday.</p>]]></content:encoded>
                </item>
                <item>
                  <title>Council delays vote</title>
                  <link>https://gazette.example/council-vote</link>
                  <pubDate>Wed, 04 Mar 2026 23:30:00 -0500</pubDate>
                  <description>&lt;p&gt;The council postponed its budget vote, a spokesman said.&lt;/p&gt;</description>
                </item>
                <item>
                  <title>Photo only</title>
                  <link>https://gazette.example/photo</link>
                </item>
              </channel>
            </rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Wire Desk</title>
              <id>urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6</id>
              <updated>2026-03-05T12:00:00Z</updated>
              <entry>
                <title>Ferry strike ends</title>
                <link href="https://wire.example/ferry-strike-ends"/>
                <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
                <published>2026-03-05T10:00:00Z</published>
                <updated>2026-03-05T11:00:00Z</updated>
                <summary>Short.</summary>
                <content type="html">&lt;p&gt;&amp;ldquo;The ferries run again tomorrow,&amp;rdquo; union leader Tom Reyes told reporters.&lt;/p&gt;</content>
              </entry>
            </feed>
            """;

    private final SourceReader reader = new SourceReader(new ArticleReader());

    @TempDir
    Path dir;

    @Test
    void readsRssItemsWithFullContentLinkAndDate() throws IOException, InputException {
        Path file = Files.writeString(dir.resolve("gazette.xml"), RSS);
        CollectingSink sink = new CollectingSink();

        reader.read(file, sink);

        assertThat(sink.articles).hasSize(2);
        Article bridge = sink.articles.getFirst();
        assertThat(bridge.id()).isEqualTo("https://gazette.example/bridge-reopens");
        assertThat(bridge.url()).isEqualTo("https://gazette.example/bridge-reopens");
        assertThat(bridge.source()).isEqualTo(file.toString());
        assertThat(bridge.published()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(bridge.text()).isEqualTo("Bridge to reopen in May\n\n"
                + "The harbor bridge will reopen in May, officials said.\n\n"
                + "\u201cWe are on schedule and on budget,\u201d Mayor Elena Vasquez said on Monday.");
        Article council = sink.articles.get(1);
        assertThat(council.text()).isEqualTo("Council delays vote\n\nThe council postponed its budget vote, a spokesman said.");
        assertThat(council.published()).as("dates are taken in UTC").isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(sink.problems).containsExactly(file + ": item 3: no text in the item");
    }

    @Test
    void readsAtomEntriesWithHtmlContent() throws IOException, InputException {
        Path file = Files.writeString(dir.resolve("wire.atom"), ATOM);
        CollectingSink sink = new CollectingSink();

        reader.read(file, sink);

        assertThat(sink.problems).isEmpty();
        Article ferry = sink.articles.getFirst();
        assertThat(ferry.url()).isEqualTo("https://wire.example/ferry-strike-ends");
        assertThat(ferry.published()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(ferry.text()).isEqualTo("Ferry strike ends\n\n\u201cThe ferries run again tomorrow,\u201d union leader Tom Reyes told reporters.");
    }

    @Test
    void readsRdfFeeds() throws IOException, InputException {
        String rdf = """
                <?xml version="1.0"?>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                  <channel rdf:about="https://old.example/"><title>Old</title><link>https://old.example/</link><description>d</description></channel>
                  <item rdf:about="https://old.example/a"><title>A</title><link>https://old.example/a</link>
                    <description>The mayor said the plan works.</description></item>
                </rdf:RDF>
                """;
        CollectingSink sink = new CollectingSink();

        reader.read(Files.writeString(dir.resolve("old"), rdf), sink);

        assertThat(sink.articles).extracting(Article::url).containsExactly("https://old.example/a");
    }

    @Test
    void invalidFeedXmlFailsTheFeedWithItsLine() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.rss"), "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>x</item></channel></rss>");

        assertThatThrownBy(() -> reader.read(file, new CollectingSink()))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": invalid feed XML (line 3");
    }

    @Test
    void refusesDoctypesSoNoEntityCanReachOutside() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>a</title><description>&x;</description></item></channel></rss>";
        Path file = Files.writeString(dir.resolve("xxe.rss"), xxe);
        CollectingSink sink = new CollectingSink();

        assertThatThrownBy(() -> reader.read(file, sink))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(sink.articles).isEmpty();
    }

    @Test
    void detectsFeedsFromContentNotName() {
        SourceSniffer sniffer = new SourceSniffer();

        assertThat(sniffer.detect(RSS.getBytes(StandardCharsets.UTF_8))).isEqualTo(SourceFormat.FEED);
        assertThat(sniffer.detect(ATOM.getBytes(StandardCharsets.UTF_8))).isEqualTo(SourceFormat.FEED);
        assertThat(sniffer.detect("\uFEFF  <feed xmlns=\"x\">".getBytes(StandardCharsets.UTF_8))).isEqualTo(SourceFormat.FEED);
        assertThat(sniffer.detect("<html><body><p>rss</p>".getBytes(StandardCharsets.UTF_8))).isEqualTo(SourceFormat.ARTICLES);
        assertThat(sniffer.detect("The feed <rss> was late.".getBytes(StandardCharsets.UTF_8))).isEqualTo(SourceFormat.ARTICLES);
        assertThat(sniffer.detect("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII))).isEqualTo(SourceFormat.WARC);
    }
}
