package dev.attest.spark;

import dev.attest.core.model.Ledger;
import dev.attest.ingest.ArticleReader;
import dev.attest.spark.input.DisplayNames;
import dev.attest.spark.input.FailureStage;
import dev.attest.spark.input.Messages;
import dev.attest.spark.input.RecordSource;
import dev.attest.spark.input.RecordSources;
import dev.attest.spark.input.SourceLocation;
import dev.attest.spark.input.SourceRecord;
import dev.attest.spark.input.SourceRecord.ReadArticle;
import dev.attest.spark.input.SourceRecord.ReadFailure;
import dev.attest.spark.input.WorkUnit;
import dev.attest.spark.tables.LedgerRows;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;

/**
 * The rows of one partition, produced lazily: units are opened one after another and records analysed as Spark
 * pulls rows, so a partition holding a 1 GB WARC never holds more than one record in memory.
 *
 * <p>Nothing here fails the task for bad data: an article the pipeline throws on, and even a reader that breaks
 * its promise not to throw, become rows of the errors table.
 */
final class AnalysedRows implements Iterator<Row>, Closeable {
    private final Iterator<WorkUnit> units;
    private final Configuration conf;
    private final ArticleAnalyzer analyzer;
    private final ClaimFinder claims;
    private final ArticleReader reader = new ArticleReader();
    private WorkUnit unit;
    private RecordSource source;
    private Row pending;

    /** @param claims the claim stage, or {@code null} to skip it */
    AnalysedRows(List<WorkUnit> units, Configuration conf, ArticleAnalyzer analyzer, ClaimFinder claims) {
        this.units = units.iterator();
        this.conf = conf;
        this.analyzer = analyzer;
        this.claims = claims;
    }

    @Override
    public boolean hasNext() {
        while (pending == null) {
            if (source == null) {
                if (!units.hasNext()) {
                    return false;
                }
                unit = units.next();
                source = open(unit);
            }
            pending = nextRow();
        }
        return true;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Row row = pending;
        pending = null;
        return row;
    }

    private RecordSource open(WorkUnit workUnit) {
        try {
            return RecordSources.open(new Path(workUnit.path()).getFileSystem(conf), workUnit, reader);
        } catch (IOException e) {
            return RecordSources.unopenable(workUnit, e);
        }
    }

    /** The next row of the current unit, or {@code null} after closing an exhausted (or broken) unit. */
    private Row nextRow() {
        SourceRecord record;
        try {
            if (!source.hasNext()) {
                closeSource();
                return null;
            }
            record = source.next();
        } catch (RuntimeException e) {
            Row failure = LedgerRows.failure(new ReadFailure(SourceLocation.ofFile(unitName()), FailureStage.READ,
                    "reading stopped: " + Messages.of(e)));
            closeSource();
            return failure;
        }
        return switch (record) {
            case ReadFailure failure -> LedgerRows.failure(failure);
            case ReadArticle article -> analyse(article);
        };
    }

    private Row analyse(ReadArticle read) {
        Ledger ledger;
        try {
            ledger = analyzer.analyze(read.article());
        } catch (RuntimeException | StackOverflowError e) {
            // A pathological article (deep nesting, a rule bug) costs that article only.
            return LedgerRows.failure(new ReadFailure(read.location(), FailureStage.ANALYZE, Messages.of(e)),
                    read.article().id(), LedgerRows.dateOf(read.article()));
        }
        if (claims == null) {
            return LedgerRows.analysed(read, ledger);
        }
        try {
            return LedgerRows.analysed(read, ledger, claims.find(ledger), null);
        } catch (RuntimeException | StackOverflowError e) {
            // The statements are sound; losing them too for a claim-stage bug would hide good data.
            return LedgerRows.analysed(read, ledger, null,
                    new ReadFailure(read.location(), FailureStage.CLAIMS, Messages.of(e)));
        }
    }

    private String unitName() {
        return DisplayNames.of(unit.path());
    }

    private void closeSource() {
        if (source != null) {
            try {
                source.close();
            } catch (IOException ignored) {
                // a read-only stream: nothing to recover
            }
            source = null;
        }
    }

    @Override
    public void close() {
        closeSource();
    }
}
