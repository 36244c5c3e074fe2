package dev.attest.eval;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.attest.core.model.Span;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the GGT gold file ({@code ggt_gold.dev.jsonl}): one JSON object per line, one line per article,
 * with quote, speaker and verb offsets in code points. See the data set's README for the fields.
 *
 * <p>A record whose quote has no offsets (empty or not found when the offsets were re-aligned) is kept
 * as an {@link ExcludedRecord}: it cannot be span-scored, and the report says how many there were.
 */
public final class GgtLoader {
    static final String NO_QUOTE_SPAN = "no quote span";

    private final ObjectMapper json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    public GoldCorpus load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new GoldDataException(file, 0, "not a readable file");
        }
        List<GoldDocument> documents = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                GoldDocument doc = new LineReader(file, lineNo).document(line);
                if (!ids.add(doc.id())) {
                    throw new GoldDataException(file, lineNo, "duplicate article id " + doc.id());
                }
                documents.add(doc);
            }
        } catch (MalformedInputException e) {
            throw new GoldDataException(file, lineNo + 1, "not valid UTF-8", e);
        } catch (IOException e) {
            throw new GoldDataException(file, 0, "cannot read: " + e.getMessage(), e);
        }
        if (documents.isEmpty()) {
            throw new GoldDataException(file, 0, "no articles");
        }
        return new GoldCorpus(Dataset.GGT, file, documents);
    }

    /** Parses one line; every complaint carries the file and line number. */
    private final class LineReader {
        private final Path file;
        private final int lineNo;

        LineReader(Path file, int lineNo) {
            this.file = file;
            this.lineNo = lineNo;
        }

        GoldDocument document(String line) {
            if (line.isBlank()) {
                throw malformed("blank line (expected one JSON object per line)");
            }
            JsonNode root;
            try {
                root = json.readTree(line);
            } catch (JacksonException e) {
                throw malformed("invalid JSON: " + e.getOriginalMessage());
            }
            if (root == null || !root.isObject()) {
                throw malformed("expected a JSON object");
            }
            String id = requiredText(root, "id", "article");
            String text = requiredText(root, "text", "article " + id);
            JsonNode quotes = root.get("quotes");
            if (quotes == null || !quotes.isArray()) {
                throw malformed("article " + id + ": 'quotes' must be an array");
            }
            CodePointText offsets = new CodePointText(text);
            List<GoldAttribution> gold = new ArrayList<>();
            List<ExcludedRecord> excluded = new ArrayList<>();
            for (int i = 0; i < quotes.size(); i++) {
                JsonNode quote = quotes.get(i);
                String where = "article " + id + " quotes[" + i + "]";
                if (!quote.isObject()) {
                    throw malformed(where + ": expected an object");
                }
                String label = "line " + lineNo + " quote n=" + number(quote, i);
                String reference = requiredText(quote, "reference", where);
                Span content = optionalSpan(quote, "quote", offsets, where);
                Span speaker = optionalSpan(quote, "speaker", offsets, where);
                Span verb = optionalSpan(quote, "verb", offsets, where);
                if (content == null) {
                    excluded.add(new ExcludedRecord(label, NO_QUOTE_SPAN));
                } else if (content.isEmpty()) {
                    throw malformed(where + ": empty quote span " + content);
                } else {
                    gold.add(GoldAttribution.contiguous(label, content, speaker, verb, reference));
                }
            }
            return new GoldDocument(id, text, gold, excluded);
        }

        private String number(JsonNode quote, int index) {
            JsonNode n = quote.get("n");
            return n != null && n.canConvertToInt() ? n.asText() : "#" + (index + 1);
        }

        private String requiredText(JsonNode node, String field, String where) {
            JsonNode value = node.get(field);
            if (value == null || !value.isTextual()) {
                throw malformed(where + ": '" + field + "' must be a string");
            }
            return value.textValue();
        }

        /** Offsets may be null (field empty or not found), but only both at once and never out of range. */
        private Span optionalSpan(JsonNode quote, String field, CodePointText offsets, String where) {
            Integer start = optionalInt(quote, field + "_start", where);
            Integer end = optionalInt(quote, field + "_end", where);
            if (start == null && end == null) {
                return null;
            }
            if (start == null || end == null) {
                throw malformed(where + ": " + field + "_start and " + field + "_end must both be null or both be set");
            }
            if (!offsets.inRange(start, end)) {
                throw malformed(where + ": " + field + " span [" + start + "," + end + ") outside the text (length "
                        + offsets.length() + ")");
            }
            return offsets.span(start, end);
        }

        private Integer optionalInt(JsonNode quote, String field, String where) {
            if (!quote.has(field)) {
                throw malformed(where + ": missing '" + field + "'");
            }
            JsonNode value = quote.get(field);
            if (value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                throw malformed(where + ": '" + field + "' must be an integer or null, got " + value);
            }
            return value.intValue();
        }

        private GoldDataException malformed(String problem) {
            return new GoldDataException(file, lineNo, problem);
        }
    }
}
