package dev.attest.spark.input;

import dev.attest.ingest.ArticleReader;
import dev.attest.spark.input.SourceRecord.ReadFailure;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;

/** Opens the right source for a work unit; a unit that cannot even be opened becomes one failure, not an exception. */
public final class RecordSources {
    private RecordSources() {
    }

    public static RecordSource open(FileSystem fs, WorkUnit unit, ArticleReader reader) {
        try {
            return switch (unit.kind()) {
                case WARC -> WarcFileSource.open(fs, unit, reader);
                case JSON_LINES, JSON_LINES_GZIP -> JsonLinesSource.open(fs, unit, reader);
                case DOCUMENT -> DocumentFileSource.open(fs, unit, reader);
            };
        } catch (IOException | RuntimeException e) {
            return unopenable(unit, e);
        }
    }

    /** A unit that could not be opened: one failure at its start. */
    public static RecordSource unopenable(WorkUnit unit, Exception e) {
        SourceLocation location = unit.start() > 0
                ? SourceLocation.ofOffset(DisplayNames.of(unit.path()), unit.start())
                : SourceLocation.ofFile(DisplayNames.of(unit.path()));
        return new Fixed(List.<SourceRecord>of(new ReadFailure(location, FailureStage.READ,
                "cannot open: " + Messages.of(e))).iterator());
    }

    private static final class Fixed extends LookaheadSource {
        private final Iterator<SourceRecord> records;

        Fixed(Iterator<SourceRecord> records) {
            this.records = records;
        }

        @Override
        protected SourceRecord computeNext() {
            return records.hasNext() ? records.next() : null;
        }

        @Override
        public void close() {
        }
    }
}
