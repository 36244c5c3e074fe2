package dev.attest.spark.store;

import dev.attest.core.model.Article;
import java.time.LocalDate;
import org.apache.spark.sql.Row;

/** Rebuilds the {@link Article} a job read from its row of the {@code articles} table. */
final class ArticleRows {
    private ArticleRows() {
    }

    static Article article(Row row) {
        return new Article(row.getAs("article_id"), row.getAs("title"), row.getAs("text"), row.getAs("source"),
                row.getAs("url"), date(row.getAs("published")));
    }

    /** Spark hands a date column out as java.sql.Date, or as LocalDate when its Java 8 time API is switched on. */
    private static LocalDate date(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case java.sql.Date date -> date.toLocalDate();
            default -> throw new IllegalStateException("published is neither a date nor null: " + value.getClass());
        };
    }
}
