package dev.attest.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.core.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GgtLoaderTest {
    private static final String TEXT = "Nell Ortiz runs the ferry.\n\n\"The river is high,\" she said. Ortiz added that crossings would resume.";

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void readsArticlesQuotesAndOptionalSpans() throws IOException {
        Path file = write(article("a1", quote(1, "\"The river is high,\"", "she", "said")), article("a2"));
        GoldCorpus corpus = new GgtLoader().load(file);

        assertThat(corpus.dataset()).isEqualTo(Dataset.GGT);
        assertThat(corpus.documents()).extracting(GoldDocument::id).containsExactly("a1", "a2");
        GoldAttribution quote = corpus.documents().getFirst().attributions().getFirst();
        assertThat(quote.content().of(TEXT)).isEqualTo("\"The river is high,\"");
        assertThat(quote.source().of(TEXT)).isEqualTo("she");
        assertThat(quote.cue().of(TEXT)).isEqualTo("said");
        assertThat(quote.reference()).isEqualTo("Nell Ortiz");
        assertThat(quote.label()).isEqualTo("line 1 quote n=1");
    }

    @Test
    void floatingQuoteHasNoSpeakerOrVerb() throws IOException {
        Path file = write(article("a1", quote(1, "crossings would resume", null, null)));
        GoldAttribution quote = new GgtLoader().load(file).documents().getFirst().attributions().getFirst();
        assertThat(quote.source()).isNull();
        assertThat(quote.cue()).isNull();
    }

    @Test
    void quoteWithoutOffsetsIsCountedAsExcludedNotDropped() throws IOException {
        ObjectNode unplaced = quote(2, "crossings would resume", null, null);
        unplaced.putNull("quote_start");
        unplaced.putNull("quote_end");
        Path file = write(article("a1", quote(1, "\"The river is high,\"", "she", "said"), unplaced));
        GoldCorpus corpus = new GgtLoader().load(file);
        assertThat(corpus.scorableRecords()).isEqualTo(1);
        assertThat(corpus.excludedRecords()).isEqualTo(1);
        assertThat(corpus.allRecords()).isEqualTo(2);
        assertThat(corpus.excludedByReason()).containsEntry(GgtLoader.NO_QUOTE_SPAN, 1);
    }

    @Test
    void rejectsInvalidJsonWithFileAndLine() throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, json.writeValueAsString(article("a1")) + "\n{\"id\": \"a2\", \"text\": \n");
        assertRejected(file, 2, "invalid JSON");
    }

    @Test
    void rejectsBlankLine() throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, json.writeValueAsString(article("a1")) + "\n\n" + json.writeValueAsString(article("a2")) + "\n");
        assertRejected(file, 2, "blank line");
    }

    @Test
    void rejectsMissingOffsetField() throws IOException {
        ObjectNode q = quote(1, "she", null, null);
        q.remove("speaker_end");
        assertRejected(write(article("a1"), article("a2", q)), 2, "missing 'speaker_end'");
    }

    @Test
    void rejectsHalfNullSpan() throws IOException {
        ObjectNode q = quote(1, "she", null, null);
        q.putNull("quote_end");
        assertRejected(write(article("a1", q)), 1, "quote_start and quote_end must both be null or both be set");
    }

    @Test
    void rejectsSpanOutsideText() throws IOException {
        ObjectNode q = quote(1, "she", null, null);
        q.put("quote_end", TEXT.length() + 1);
        assertRejected(write(article("a1", q)), 1, "outside the text");
    }

    @Test
    void rejectsNonIntegerOffset() throws IOException {
        ObjectNode q = quote(1, "she", null, null);
        q.put("quote_start", "5");
        assertRejected(write(article("a1", q)), 1, "'quote_start' must be an integer or null");
    }

    @Test
    void rejectsMissingReference() throws IOException {
        ObjectNode q = quote(1, "she", null, null);
        q.remove("reference");
        assertRejected(write(article("a1", q)), 1, "'reference' must be a string");
    }

    @Test
    void rejectsDuplicateArticleIds() throws IOException {
        assertRejected(write(article("a1"), article("a1")), 2, "duplicate article id a1");
    }

    @Test
    void rejectsDuplicateKeysAndTrailingGarbage() throws IOException {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, "{\"id\": \"a\", \"id\": \"b\", \"text\": \"\", \"quotes\": []}\n");
        assertRejected(file, 1, "invalid JSON");
        Files.writeString(file, json.writeValueAsString(article("a1")) + " []\n");
        assertRejected(file, 1, "invalid JSON");
    }

    @Test
    void rejectsMissingFileAndInvalidUtf8() throws IOException {
        assertThatThrownBy(() -> new GgtLoader().load(dir.resolve("absent.jsonl")))
                .isInstanceOf(GoldDataException.class)
                .hasMessageContaining("absent.jsonl");
        Path file = dir.resolve("latin1.jsonl");
        Files.write(file, "{\"id\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRejected(file, 1, "not valid UTF-8");
    }

    private void assertRejected(Path file, int line, String problem) {
        assertThatThrownBy(() -> new GgtLoader().load(file))
                .isInstanceOf(GoldDataException.class)
                .hasMessageContaining(file + ":" + line + ":")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((GoldDataException) e).line()).isEqualTo(line));
    }

    private Path write(ObjectNode... articles) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (ObjectNode a : articles) {
            lines.append(json.writeValueAsString(a)).append('\n');
        }
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, lines);
        return file;
    }

    private ObjectNode article(String id, ObjectNode... quotes) {
        ObjectNode a = json.createObjectNode();
        a.put("id", id);
        a.put("outlet", "Test Outlet");
        a.put("text", TEXT);
        a.putArray("quotes").addAll(List.of(quotes));
        return a;
    }

    private ObjectNode quote(int n, String quote, String speaker, String verb) {
        ObjectNode q = json.createObjectNode();
        q.put("n", n);
        q.put("reference", "Nell Ortiz");
        field(q, "quote", quote);
        field(q, "speaker", speaker);
        field(q, "verb", verb);
        return q;
    }

    private static void field(ObjectNode q, String name, String words) {
        q.put(name, words == null ? "" : words);
        if (words == null) {
            q.putNull(name + "_start");
            q.putNull(name + "_end");
        } else {
            Span span = Fixtures.spanOf(TEXT, words);
            q.put(name + "_start", span.start());
            q.put(name + "_end", span.end());
        }
    }
}
