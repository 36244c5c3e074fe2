package dev.attest.ingest;

import dev.attest.core.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts one article from an HTML page. jsoup parses any markup without throwing, so the only failure is
 * a page without article text.
 *
 * <p>The resulting {@link Article#text()} is generated, not a slice of the HTML: the title, a blank line, then
 * the body paragraphs separated by blank lines. Offsets therefore refer to this generated text.
 */
final class HtmlArticleExtractor {
    private static final String PARAGRAPH_BREAK = "\n\n";

    Article extract(String inputName, String html) throws InputException {
        // A fresh parser per call: jsoup parsers hold parse state and are not thread-safe.
        Document page = Parser.htmlParser().parseInput(html, "");
        Element container = articleContainer(page);
        String title = title(page, container);
        List<String> paragraphs = new ArrayList<>(ArticleBlocks.of(container));
        if (title != null && !paragraphs.isEmpty() && paragraphs.getFirst().equals(title)) {
            paragraphs.removeFirst();
        }
        if (paragraphs.isEmpty()) {
            throw new InputException(inputName, "no article text found in HTML");
        }
        String body = String.join(PARAGRAPH_BREAK, paragraphs);
        String text = title == null ? body : title + PARAGRAPH_BREAK + body;
        String url = url(page);
        return new Article(url != null ? url : inputName, title, text, inputName, url, published(page, container));
    }

    /**
     * Several {@code <article>} elements usually means teaser cards around the real story: the one with the
     * most text is the story.
     */
    private static Element articleContainer(Document page) {
        Optional<Element> longestArticle = page.select("article").stream()
                .max(Comparator.comparingInt(article -> article.text().length()));
        return longestArticle
                .or(() -> Optional.ofNullable(page.selectFirst("main")))
                .or(() -> Optional.ofNullable(page.selectFirst("[itemprop=articleBody]")))
                .orElseGet(page::body);
    }

    private static String title(Document page, Element container) {
        return Stream.of(
                        attribute(page.selectFirst("meta[property=og:title]"), "content"),
                        text(container.selectFirst("h1")),
                        text(page.selectFirst("main h1")),
                        text(page.body().selectFirst("h1")),
                        text(page.selectFirst("title")))
                .filter(candidate -> candidate != null)
                .findFirst()
                .orElse(null);
    }

    private static String url(Document page) {
        String canonical = attribute(page.selectFirst("link[rel=canonical]"), "href");
        return canonical != null ? canonical : attribute(page.selectFirst("meta[property=og:url]"), "content");
    }

    private static LocalDate published(Document page, Element container) {
        return Stream.of(
                        attribute(page.selectFirst("meta[property=article:published_time]"), "content"),
                        attribute(page.selectFirst("meta[name=date]"), "content"),
                        attribute(container.selectFirst("time[datetime]"), "datetime"),
                        attribute(page.selectFirst("time[datetime]"), "datetime"))
                .map(IsoDates::parse)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(null);
    }

    private static String attribute(Element element, String name) {
        return element == null ? null : nonBlank(element.attr(name));
    }

    private static String text(Element element) {
        return element == null ? null : nonBlank(element.text());
    }

    private static String nonBlank(String value) {
        String collapsed = value.strip().replaceAll("\\s+", " ");
        return collapsed.isEmpty() ? null : collapsed;
    }
}
