package dev.attest.spark.input;

import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.WarcPageReader;
import dev.attest.ingest.WarcPageReader.Page;
import dev.attest.ingest.WarcPageReader.Problem;
import dev.attest.ingest.WarcPageReader.Rejected;
import dev.attest.spark.input.SourceRecord.ReadArticle;
import dev.attest.spark.input.SourceRecord.ReadFailure;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Streams one WARC or WARC.gz file through ingest's {@link WarcPageReader}, opened through Hadoop's file systems,
 * and turns each HTML page into an article (the reader's own, named by its target URI) and each problem into a
 * failure row at the record's offset. Bad data never ends the job: see {@link WarcPageReader}.
 */
public final class WarcFileSource extends LookaheadSource {
    private final String file;
    private final WarcPageReader pages;

    private WarcFileSource(String file, WarcPageReader pages) {
        this.file = file;
        this.pages = pages;
    }

    public static RecordSource open(FileSystem fs, WorkUnit unit, ArticleReader reader) throws IOException {
        Path path = new Path(unit.path());
        return new WarcFileSource(DisplayNames.of(path), WarcPageReader.open(offset -> seek(fs, path, offset), reader));
    }

    /** The file opened at {@code offset}. */
    private static InputStream seek(FileSystem fs, Path path, long offset) throws IOException {
        FSDataInputStream in = fs.open(path);
        try {
            in.seek(offset);
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    protected SourceRecord computeNext() {
        return pages.next().map(outcome -> {
            SourceLocation location = SourceLocation.ofOffset(file, outcome.offset());
            return switch (outcome) {
                case Page page -> new ReadArticle(page.article(), location, location.toString());
                case Problem problem -> new ReadFailure(location, stageOf(problem.stage()), problem.message());
                case Rejected rejected -> new ReadFailure(location, DecodeProblems.stageOf(rejected.reason()),
                        Messages.oneLine(rejected.reason().getMessage()));
            };
        }).orElse(null);
    }

    private static FailureStage stageOf(WarcPageReader.Stage stage) {
        return switch (stage) {
            case WARC -> FailureStage.WARC;
            case DECODE -> FailureStage.DECODE;
            case READ -> FailureStage.READ;
        };
    }

    @Override
    public void close() {
        pages.close();
    }
}
