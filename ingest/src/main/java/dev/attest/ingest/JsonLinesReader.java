package dev.attest.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.attest.core.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON lines: one article object per line with {@code text} (required), {@code id}, {@code title},
 * {@code url} and {@code published} (ISO date or date-time). Other fields are ignored, so richer exports load.
 *
 * <p>{@link Article#text()} is the {@code text} field exactly (line endings normalised), so offsets match the
 * caller's own field; the title is kept only in {@link Article#title()}. A bad line is reported and skipped
 * while the other lines load: one truncated record should not cost a whole corpus.
 */
final class JsonLinesReader {
    /** Enough to fix a broken export; a file of millions of bad lines must not exhaust memory in messages. */
    static final int MAX_REPORTED_ERRORS = 1000;

    private final ObjectReader json = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build()
            .reader();

    ReadResult read(String inputName, String text) throws InputException {
        List<Article> articles = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        int lineNo = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            try {
                Article article = article(inputName, lineNo, line);
                Integer firstLine = lineOfId.putIfAbsent(article.id(), lineNo);
                if (firstLine != null) {
                    throw new BadLine("duplicate id \"" + article.id() + "\" (first on line " + firstLine + ")");
                }
                articles.add(article);
            } catch (BadLine bad) {
                errors.add(new LineError(lineNo, bad.getMessage()));
            }
        }
        if (articles.isEmpty()) {
            throw new InputException(inputName, noValidLine(text, errors));
        }
        return new ReadResult(articles, report(inputName, errors));
    }

    private Article article(String inputName, int lineNo, String line) throws BadLine {
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new BadLine("invalid JSON" + column(e.getLocation()) + ": " + jacksonProblem(e));
        }
        if (node == null || !node.isObject()) {
            throw new BadLine("not a JSON object");
        }
        String body = optionalString(node, "text");
        if (body == null) {
            throw new BadLine("missing \"text\"");
        }
        if (body.isBlank()) {
            throw new BadLine("\"text\" is blank");
        }
        String id = optionalId(node);
        LocalDate published = optionalDate(node);
        return new Article(
                id != null ? id : inputName + "#" + lineNo,
                collapsed(optionalString(node, "title")),
                LineEndings.normalise(body),
                inputName,
                collapsed(optionalString(node, "url")),
                published);
    }

    private static String optionalString(JsonNode node, String field) throws BadLine {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadLine("\"" + field + "\" must be a string, was " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return value.textValue();
    }

    /** Numeric ids are common in database exports; they are kept in their JSON spelling. */
    private static String optionalId(JsonNode node) throws BadLine {
        JsonNode value = node.get("id");
        String id = value != null && value.isIntegralNumber() ? value.asText() : optionalString(node, "id");
        return id == null || id.isBlank() ? null : id.strip();
    }

    /** Strict, unlike HTML metadata: a structured export with a bad date is a mistake worth reporting. */
    private static LocalDate optionalDate(JsonNode node) throws BadLine {
        String published = optionalString(node, "published");
        if (published == null || published.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = IsoDates.parse(published);
        if (date.isEmpty()) {
            throw new BadLine("\"published\" is not an ISO date or date-time: \"" + OneLine.of(published) + "\"");
        }
        return date.get();
    }

    private static String collapsed(String value) {
        if (value == null) {
            return null;
        }
        String flat = value.strip().replaceAll("\\s+", " ");
        return flat.isEmpty() ? null : flat;
    }

    private String noValidLine(String text, List<LineError> errors) {
        if (errors.isEmpty()) {
            return "empty input";
        }
        if (isOneMultiLineDocument(text)) {
            return "a multi-line JSON document, not JSON lines; put one article object per line";
        }
        LineError first = errors.getFirst();
        return "no valid article line (" + errors.size() + (errors.size() == 1 ? " bad line" : " bad lines")
                + "; first: line " + first.lineNo() + ": " + first.problem() + ")";
    }

    private boolean isOneMultiLineDocument(String text) {
        if (text.strip().indexOf('\n') < 0) {
            return false;
        }
        try {
            JsonNode whole = json.readTree(text);
            return whole != null && (whole.isObject() || whole.isArray());
        } catch (JsonProcessingException notJson) {
            return false;
        }
    }

    private static List<String> report(String inputName, List<LineError> errors) {
        List<String> lines = new ArrayList<>();
        for (LineError error : errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS))) {
            lines.add(OneLine.of(inputName) + ":" + error.lineNo() + ": " + OneLine.of(error.problem()));
        }
        if (errors.size() > MAX_REPORTED_ERRORS) {
            lines.add(OneLine.of(inputName) + ": " + (errors.size() - MAX_REPORTED_ERRORS)
                    + " more bad lines not listed");
        }
        return lines;
    }

    private static String column(JsonLocation location) {
        return location == null || location.getColumnNr() < 1 ? "" : " at column " + location.getColumnNr();
    }

    /** Jackson messages span lines and quote parser internals; the first clause is what a user can act on. */
    private static String jacksonProblem(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (message.startsWith("Trailing token")) {
            return "more than one JSON value on the line";
        }
        for (String cut : List.of("\n", " (start marker at", " at [Source")) {
            int at = message.indexOf(cut);
            if (at > 0) {
                message = message.substring(0, at);
            }
        }
        return OneLine.of(message);
    }

    private record LineError(int lineNo, String problem) {
    }

    /** Control flow for one rejected line; never leaves this class. */
    private static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String problem) {
            super(problem, null, false, false);
        }
    }
}
