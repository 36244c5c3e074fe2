package dev.attest.store;

import java.util.List;
import java.util.function.Function;

/** The columns of an exported statement, in order; CSV headers and JSON keys alike, so both formats say the same. */
final class StatementColumns {
    record Column(String name, Function<StatementRow, Object> value) {
    }

    static final List<Column> ALL = List.of(
            new Column("ref", StatementRow::ref),
            new Column("article", StatementRow::articleRef),
            new Column("article_id", StatementRow::articleId),
            new Column("statement_id", StatementRow::statementId),
            new Column("published", r -> r.published() == null ? null : r.published().toString()),
            new Column("outlet", StatementRow::outlet),
            new Column("url", StatementRow::url),
            new Column("title", StatementRow::title),
            new Column("speaker", StatementRow::speaker),
            new Column("speaker_key", StatementRow::speakerKey),
            new Column("speaker_named", StatementRow::speakerNamed),
            new Column("kind", StatementRow::kind),
            new Column("cue", StatementRow::cue),
            new Column("channel", StatementRow::channel),
            new Column("start", StatementRow::start),
            new Column("end", StatementRow::end),
            new Column("content", StatementRow::content),
            new Column("rule", StatementRow::rule),
            new Column("confidence", StatementRow::confidence));

    private StatementColumns() {
    }
}
