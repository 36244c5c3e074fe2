package dev.attest.claims.grouping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the Emergent CSV ({@code url-versions-*.csv}: an index column, claimHeadline, articleHeadline,
 * articleHeadlineStance, articleId, claimId) strictly: a record with the wrong number of fields, an unterminated
 * quote, an empty id or headline, or a repeated article id is an error naming the file and the line the record
 * starts on. Columns are found by header name, so their order may change.
 */
public final class EmergentCsv {
    static final List<String> REQUIRED = List.of("articleHeadline", "articleId", "claimId");

    private EmergentCsv() {
    }

    /** Thrown for malformed input; the message names the file and line. */
    public static final class MalformedException extends IOException {
        public MalformedException(String message) {
            super(message);
        }
    }

    public static List<ReportedArticle> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    static List<ReportedArticle> parse(String text, String source) throws MalformedException {
        List<Record> records = records(text, source);
        if (records.isEmpty()) {
            throw new MalformedException(source + ": empty file, expected a header with " + REQUIRED);
        }
        List<String> header = records.getFirst().fields().stream().map(String::strip).toList();
        int[] col = new int[REQUIRED.size()];
        for (int i = 0; i < col.length; i++) {
            col[i] = header.indexOf(REQUIRED.get(i));
            if (col[i] < 0) {
                throw new MalformedException(source + " line 1: no column " + REQUIRED.get(i) + " in header " + header);
            }
        }
        List<ReportedArticle> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Record r : records.subList(1, records.size())) {
            String where = source + " line " + r.line() + ": ";
            if (r.fields().size() != header.size()) {
                throw new MalformedException(where + "expected " + header.size() + " fields, found " + r.fields().size());
            }
            String headline = r.fields().get(col[0]).strip();
            String articleId = r.fields().get(col[1]).strip();
            String claimId = r.fields().get(col[2]).strip();
            if (headline.isEmpty() || articleId.isEmpty() || claimId.isEmpty()) {
                throw new MalformedException(where + "empty articleHeadline, articleId or claimId");
            }
            if (!seen.add(articleId)) {
                throw new MalformedException(where + "article " + articleId + " appears twice");
            }
            out.add(new ReportedArticle(articleId, claimId, headline, r.line()));
        }
        return out;
    }

    record Record(List<String> fields, int line) {
    }

    /**
     * RFC 4180 records with the line each starts on: quoted fields may hold commas, line breaks and {@code ""};
     * a quote inside an unquoted field or text after a closing quote is malformed. Blank lines are skipped.
     */
    static List<Record> records(String text, String source) throws MalformedException {
        List<Record> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int start = 1;
        boolean quoted = false;
        boolean closed = false; // just left a quoted field: only a separator or line end may follow
        boolean any = false; // the current record has content
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                closed = false;
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !field.isEmpty() || closed) {
                    fields.add(field.toString());
                    out.add(new Record(fields, start));
                }
                fields = new ArrayList<>();
                field.setLength(0);
                closed = false;
                any = false;
                line++;
                start = line;
            } else if (closed) {
                throw new MalformedException(source + " line " + line + ": text after a closing quote");
            } else if (c == '"') {
                if (!field.isEmpty()) {
                    throw new MalformedException(source + " line " + line + ": quote inside an unquoted field");
                }
                quoted = true;
                any = true;
            } else {
                field.append(c);
                any = true;
            }
        }
        if (quoted) {
            throw new MalformedException(source + " line " + start + ": quoted field never closed");
        }
        if (any || !field.isEmpty() || closed) {
            fields.add(field.toString());
            out.add(new Record(fields, start));
        }
        return out;
    }
}
