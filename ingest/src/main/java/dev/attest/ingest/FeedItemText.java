package dev.attest.ingest;

import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Turns a feed item's body into paragraphs. Feeds carry HTML escaped inside XML (RSS descriptions,
 * {@code content:encoded}, Atom {@code type="html"}), so markup goes through the same block extraction as web
 * pages; a body with no markup at all is plain text, whose blank lines separate paragraphs.
 */
final class FeedItemText {
    private FeedItemText() {
    }

    static List<String> paragraphs(String body) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        if (body.indexOf('<') < 0 && body.indexOf('&') < 0) {
            return Arrays.stream(body.split("\\n\\s*\\n"))
                    .map(p -> p.strip().replaceAll("\\s+", " "))
                    .filter(p -> !p.isEmpty())
                    .toList();
        }
        // A fresh parser per call: jsoup parsers hold parse state and are not thread-safe.
        Document fragment = Parser.htmlParser().parseInput("<body>" + body + "</body>", "");
        return ArticleBlocks.of(fragment.body());
    }
}
