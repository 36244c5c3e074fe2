package dev.attest.ingest;

import static dev.attest.ingest.DecodingTest.single;
import static dev.attest.ingest.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attest.core.model.Article;
import dev.attest.core.model.Span;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlReadingTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void extractsStoryParagraphsAndDropsPageFurniture() throws InputException {
        Article article = single(reader.read("harbour-page.html", Fixtures.resource("harbour-page.html")));

        assertThat(article.text()).isEqualTo("""
                Council approves harbour wall repairs

                Work on the eastern wall starts in May.

                The town council voted on Tuesday to repair the eastern harbour wall.

                "We cannot wait another winter," said Mayor Alex Doe.

                The wall protects forty homes.

                What happens next

                Surveys finish in April.

                Repairs start in May.

                The contractor expects the work to take six months.""");
        assertThat(article.text()).doesNotContain("cookies", "Share", "Getty", "Photo:", "injected", "JavaScript",
                "Read also", "Sign up", "Ferry", "Subscribe", "Copyright", "local news", "Sport");
    }

    @Test
    void takesMetadataFromTheHead() throws InputException {
        Article article = single(reader.read("harbour-page.html", Fixtures.resource("harbour-page.html")));

        assertThat(article.title()).isEqualTo("Council approves harbour wall repairs");
        assertThat(article.titleSpan()).isEqualTo(new Span(0, article.title().length()));
        assertThat(article.url()).isEqualTo("https://courier.example/news/harbour-wall-repairs");
        assertThat(article.id()).isEqualTo(article.url());
        assertThat(article.source()).isEqualTo("harbour-page.html");
        assertThat(article.published()).isEqualTo(LocalDate.of(2025, 3, 14));
    }

    @ParameterizedTest(name = "[{index}] title {1}")
    @CsvSource(delimiter = '|', textBlock = """
            <meta property="og:title" content="From og"><title>From title</title><h1>From h1</h1><p>Body.</p>        | From og
            <title>From title</title><body><h1>Site logo</h1><article><h1>From article h1</h1><p>Body.</p></article> | From article h1
            <title>From title</title><body><h1>From body h1</h1><p>Body.</p>                                         | From body h1
            <title>  From   title  </title><p>Body.</p>                                                               | From title
            <meta property="og:title" content="  "><title>Blank og falls through</title><p>Body.</p>                 | Blank og falls through
            """)
    void picksTitleByPrecedence(String html, String expectedTitle) throws InputException {
        Article article = single(reader.read("page.html", utf8("<html>" + html)));

        assertThat(article.title()).isEqualTo(expectedTitle);
        assertThat(article.text()).isEqualTo(expectedTitle + "\n\nBody.");
    }

    @Test
    void withoutTitleTheTextIsJustTheParagraphs() throws InputException {
        Article article = single(reader.read("frag.html", utf8("<p>First.</p><p>Second.</p>")));

        assertThat(article.title()).isNull();
        assertThat(article.text()).isEqualTo("First.\n\nSecond.");
        assertThat(article.id()).isEqualTo("frag.html");
        assertThat(article.url()).isNull();
    }

    @ParameterizedTest(name = "[{index}] published {1} <- {0}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            <meta property="article:published_time" content="2024-02-29">                  | 2024-02-29
            <meta property="article:published_time" content="2024-02-29T23:30:00-05:00">   | 2024-02-29
            <meta property="article:published_time" content="2024-02-29T23:30:00.123Z">    | 2024-02-29
            <meta name="date" content="2024-02-29 08:00">                                  | 2024-02-29
            <meta name="date" content="2024-02-29T08:00:00+01:00[Europe/Paris]">           | 2024-02-29
            <meta name="date" content="last Tuesday"><time datetime="2023-12-01">x</time>  | 2023-12-01
            <meta property="article:published_time" content="2024-13-45">                 | NONE
            <time>no attribute</time>                                                      | NONE
            """)
    void parsesIsoPublicationDatesAndIgnoresOthers(String markup, LocalDate expected) throws InputException {
        Article article = single(reader.read("page.html", utf8("<html><head>" + markup + "<p>Body.</p>")));

        assertThat(article.published()).isEqualTo(expected);
    }

    @Test
    void fallsBackToOgUrlWhenNoCanonicalLink() throws InputException {
        Article article = single(reader.read("page.html",
                utf8("<html><meta property=\"og:url\" content=\"https://x.example/a\"><p>Body.</p>")));

        assertThat(article.url()).isEqualTo("https://x.example/a");
        assertThat(article.id()).isEqualTo("https://x.example/a");
    }

    @Test
    void prefersTheLongestArticleOverTeaserCards() throws InputException {
        String html = """
                <html><body>
                <article class="teaser"><p>Short teaser.</p></article>
                <article><p>The real story is the longest article on the page.</p><p>It has two paragraphs.</p></article>
                <article class="teaser"><p>Another teaser.</p></article>
                """;

        assertThat(single(reader.read("page.html", utf8(html))).text())
                .isEqualTo("The real story is the longest article on the page.\n\nIt has two paragraphs.");
    }

    @Test
    void usesArticleBodyMarkupWhenThereIsNoArticleOrMain() throws InputException {
        String html = "<html><body><p>Outside.</p><div itemprop=\"articleBody\"><p>Inside.</p></div>";

        assertThat(single(reader.read("page.html", utf8(html))).text()).isEqualTo("Inside.");
    }

    @Test
    void splitsNestedBlocksWithoutDuplicatingText() throws InputException {
        String html = "<html><body><blockquote>Before <p>Quoted.</p> after</blockquote>"
                + "<ul><li>Item <ul><li>Sub-item</li></ul></li></ul>";

        assertThat(single(reader.read("page.html", utf8(html))).text())
                .isEqualTo("Before\n\nQuoted.\n\nafter\n\nItem\n\nSub-item");
    }

    @Test
    void collapsesWhitespaceAndLineBreaksInsideParagraphs() throws InputException {
        String html = "<html><body><p>  One\n   line<br>two&nbsp;&nbsp;three\t</p>";

        assertThat(single(reader.read("page.html", utf8(html))).text()).isEqualTo("One line two three");
    }

    @Test
    void usesLooseTextWhenThePageHasNoParagraphElements() throws InputException {
        String html = "<html><body><div>First block of text.</div><div>Second <b>block</b>.</div>";

        assertThat(single(reader.read("page.html", utf8(html))).text())
                .isEqualTo("First block of text.\n\nSecond block.");
    }

    @ParameterizedTest(name = "[{index}] drops credit line: {0}")
    @ValueSource(strings = {
            "Jane Roe/Getty Images", "(AP Photo/John Doe)", "Reuters/Sam Poe", "Photo: City archive",
            "Image: Supplied", "Photograph: Lee Moe for the Courier"})
    void dropsShortPhotoCreditParagraphs(String credit) throws InputException {
        String html = "<html><body><p>Story sentence.</p><p>" + credit + "</p>";

        assertThat(single(reader.read("page.html", utf8(html))).text()).isEqualTo("Story sentence.");
    }

    @Test
    void keepsLongParagraphsThatMentionPhotoAgencies() throws InputException {
        String paragraph = "The agency, which once sold pictures to Getty Images, said the archive of forty "
                + "thousand negatives would be donated to the city museum next spring after a long review.";

        assertThat(single(reader.read("page.html", utf8("<html><body><p>" + paragraph + "</p>"))).text())
                .isEqualTo(paragraph);
    }

    @ParameterizedTest(name = "[{index}] no text: {0}")
    @ValueSource(strings = {
            "<!doctype html><html><head><title>Only a title</title></head><body></body></html>",
            "<html><body><nav><p>Menu</p></nav><script>var x = 1;</script></body></html>",
            "<html><body><p>   </p><p>Photo: Agency</p>",
            "<html><body><div class=\"social-share\"><p>Share</p></div>"})
    void rejectsPagesWithoutArticleText(String html) {
        assertThatThrownBy(() -> reader.read("empty.html", utf8(html)))
                .isInstanceOf(InputException.class)
                .hasMessage("empty.html: no article text found in HTML");
    }

    @ParameterizedTest(name = "[{index}] malformed markup still reads: {0}")
    @ValueSource(strings = {
            "<html><body><p>Unclosed paragraph<p>Another",
            "<html><body><p>Bad </i></b></div> nesting</p>",
            "<html><body><table><p>Misplaced</td></tr><p>in a table",
            "<html><body><p>Text<!-- comment never closed",
            "<html><body><p>Entities &amp; &bogus; &#99999999; &lt;tag&gt;</p>"})
    void neverThrowsOnMalformedMarkupWithText(String html) throws InputException {
        ReadResult result = reader.read("bad.html", utf8(html));

        assertThat(result.articles()).hasSize(1);
    }
}
