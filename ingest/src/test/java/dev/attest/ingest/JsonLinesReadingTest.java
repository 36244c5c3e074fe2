package dev.attest.ingest;

import static dev.attest.ingest.Fixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attest.core.model.Article;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLinesReadingTest {
    private final ArticleReader reader = new ArticleReader();

    @Test
    void readsGoodLinesAndReportsBadOnesWithLineNumbers() throws InputException {
        ReadResult result = reader.read("wire-feed.jsonl", Fixtures.resource("wire-feed.jsonl"));

        assertThat(result.articles()).extracting(Article::id)
                .containsExactly("w-1", "wire-feed.jsonl#2", "w-4");
        assertThat(result.errors()).containsExactly(
                "wire-feed.jsonl:4: missing \"text\"",
                "wire-feed.jsonl:6: invalid JSON at column 62: Unexpected end-of-input: was expecting closing quote for a string value");
    }

    @Test
    void keepsFieldsAndTheTextFieldVerbatim() throws InputException {
        ReadResult result = reader.read("wire-feed.jsonl", Fixtures.resource("wire-feed.jsonl"));

        assertThat(result.articles().getFirst()).isEqualTo(new Article("w-1", "Rain expected",
                "Forecasters said rain would arrive on Friday.", "wire-feed.jsonl", "https://wire.example/1",
                LocalDate.of(2025, 6, 2)));
        assertThat(result.articles().get(1).title()).isEqualTo("No id here");
        assertThat(result.articles().get(2).published()).isEqualTo(LocalDate.of(2025, 6, 3));
    }

    @Test
    void normalisesLineEndingsInsideTheTextField() throws InputException {
        String line = "{\"id\": \"a\", \"text\": \"  Line one.\\r\\nLine two.\\rLine three.  \"}";

        Article article = reader.read("in.jsonl", utf8(line)).articles().getFirst();

        assertThat(article.text()).isEqualTo("  Line one.\nLine two.\nLine three.  ");
    }

    @Test
    void countsLineNumbersAcrossBlankLinesAndCrlf() throws InputException {
        String input = "{\"text\": \"one\"}\r\n\r\n   \r\n{\"text\": \"four\"}\r\n{\"id\": 5}\r\n";

        ReadResult result = reader.read("in.jsonl", utf8(input));

        assertThat(result.articles()).extracting(Article::id).containsExactly("in.jsonl#1", "in.jsonl#4");
        assertThat(result.errors()).containsExactly("in.jsonl:5: missing \"text\"");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {"text": ""}                                      | "text" is blank
            {"text": "  \\n "}                                | "text" is blank
            {"text": 42}                                      | "text" must be a string, was number
            {"text": null}                                    | missing "text"
            {"text": "a", "title": ["x"]}                     | "title" must be a string, was array
            {"text": "a", "id": {"k": 1}}                     | "id" must be a string, was object
            {"text": "a", "url": true}                        | "url" must be a string, was boolean
            {"text": "a", "published": "next week"}           | "published" is not an ISO date or date-time: "next week"
            {"text": "a", "published": "2025-02-30"}          | "published" is not an ISO date or date-time: "2025-02-30"
            {"text": "a", "text": "b"}                        | invalid JSON at column 21: Duplicate field 'text'
            {"text": "a"} {"text": "b"}                       | invalid JSON at column 15: more than one JSON value on the line
            ["text", "a"]                                     | not a JSON object
            `"just a string"`                                 | not a JSON object
            {'text': 'single quotes'}                         | invalid JSON at column 2: Unexpected character (''' (code 39)): was expecting double-quote to start field name
            {"id": "dup", "text": "b"}                        | duplicate id "dup" (first on line 1)
            """)
    void rejectsBadLinesWithAReason(String badLine, String reason) throws InputException {
        String input = "{\"id\": \"dup\", \"text\": \"first line is fine\"}\n" + badLine;

        ReadResult result = reader.read("in.jsonl", utf8(input));

        assertThat(result.articles()).extracting(Article::id).containsExactly("dup");
        assertThat(result.errors()).containsExactly("in.jsonl:2: " + reason);
    }

    @Test
    void acceptsNumericIdsAndIgnoresUnknownFields() throws InputException {
        String input = "{\"id\": 1234, \"text\": \"Body.\", \"section\": \"Local\", \"tags\": [\"a\"]}";

        Article article = reader.read("in.jsonl", utf8(input)).articles().getFirst();

        assertThat(article.id()).isEqualTo("1234");
        assertThat(article.title()).isNull();
    }

    @Test
    void failsWholeInputWhenNoLineIsUsable() {
        String input = "{\"title\": \"a\"}\n{\"text\": \n{\"text\": 3}";

        assertThatThrownBy(() -> reader.read("feed.jsonl", utf8(input)))
                .isInstanceOf(InputException.class)
                .hasMessage("feed.jsonl: no valid article line (3 bad lines; first: line 1: missing \"text\")");
    }

    @Test
    void explainsAPrettyPrintedJsonDocument() {
        String input = "{\n  \"id\": \"a\",\n  \"text\": \"Body.\"\n}\n";

        assertThatThrownBy(() -> reader.read("article.json", utf8(input)))
                .isInstanceOf(InputException.class)
                .hasMessage("article.json: a multi-line JSON document, not JSON lines; put one article object per line");
    }

    @Test
    void capsTheNumberOfListedErrors() throws InputException {
        String input = "{\"text\": \"ok\"}\n" + "{}\n".repeat(JsonLinesReader.MAX_REPORTED_ERRORS + 5);

        ReadResult result = reader.read("many.jsonl", utf8(input));

        assertThat(result.errors()).hasSize(JsonLinesReader.MAX_REPORTED_ERRORS + 1);
        assertThat(result.errors().getLast()).isEqualTo("many.jsonl: 5 more bad lines not listed");
    }

    @Test
    void canBeForcedToReadJsonLinesAsPlainText() throws InputException {
        String input = "{Editor's note: this article starts with a brace.}\n\nBody.";

        ReadResult result = reader.read("note.txt", utf8(input), InputKind.TEXT);

        assertThat(result.articles().getFirst().text()).isEqualTo(input);
    }
}
