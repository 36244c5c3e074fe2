package dev.attest.ingest;

import dev.attest.core.model.Article;
import dev.attest.ingest.WarcPageReader.Outcome;
import dev.attest.ingest.WarcPageReader.Page;
import dev.attest.ingest.WarcPageReader.Problem;
import dev.attest.ingest.WarcPageReader.Rejected;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Streams one local WARC or WARC.gz file through {@link WarcPageReader} into a sink: each HTML page becomes an
 * article with URL and id from the record's target URI and the date from its WARC-Date (the capture date: the
 * page's own date markup is not trusted over it); each problem becomes one line naming the file and the record's
 * byte offset.
 */
final class WarcArticles {
    private WarcArticles() {
    }

    /** Reads the whole file into the sink; fails only when the file cannot be opened or its first record read. */
    static void read(Path path, String inputName, ArticleReader reader, ArticleSink sink) throws InputException {
        WarcPageReader pages;
        try {
            pages = WarcPageReader.open(WarcResync.Opener.of(path), reader);
        } catch (IOException | RuntimeException e) {
            throw new InputException(inputName, "cannot open WARC (" + OneLine.of(String.valueOf(e)) + ")", e);
        }
        try (pages) {
            for (Optional<Outcome> next = pages.next(); next.isPresent(); next = pages.next()) {
                switch (next.get()) {
                    case Page page -> sink.article(new Article(page.target(), page.article().title(), page.article().text(),
                            inputName, page.target(), page.captured().atZone(ZoneOffset.UTC).toLocalDate()));
                    case Problem problem -> sink.problem(where(inputName, problem.offset()) + ": " + problem.message());
                    case Rejected rejected -> sink.problem(where(inputName, rejected.offset()) + ": " + OneLine.of(rejected.reason().problem()));
                }
            }
        }
    }

    private static String where(String inputName, long offset) {
        return inputName + ": record at byte " + offset;
    }
}
