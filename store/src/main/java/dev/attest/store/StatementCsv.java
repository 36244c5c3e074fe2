package dev.attest.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Statements as RFC 4180 CSV: a header row, CRLF between records, and a field quoted (inner quotes doubled)
 * whenever it holds a comma, a quote, a CR or LF, or leading/trailing spaces; newlines inside content are
 * kept inside the quotes. Null is an empty field. Values are written as they are: spreadsheet formula
 * defusing would change the data a fact-checker exports.
 */
public final class StatementCsv {
    private final Writer out;

    public StatementCsv(Writer out) {
        this.out = out;
    }

    public void header() {
        line(StatementColumns.ALL.stream().map(StatementColumns.Column::name).toList());
    }

    public void row(StatementRow row) {
        line(StatementColumns.ALL.stream().map(c -> c.value().apply(row)).map(v -> v == null ? "" : v.toString()).toList());
    }

    private void line(List<String> fields) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(field(fields.get(i)));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String field(String value) {
        boolean quote = !value.isEmpty() && (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || Character.isWhitespace(value.charAt(0))
                || Character.isWhitespace(value.charAt(value.length() - 1)));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
