package dev.attest.spark.input;

import dev.attest.core.model.Article;
import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.InputException;
import dev.attest.ingest.ReadResult;
import dev.attest.spark.input.SourceRecord.ReadArticle;
import dev.attest.spark.input.SourceRecord.ReadFailure;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * One text or HTML file (or a JSON lines file without a {@code .jsonl} name), read whole by the ingest reader with
 * its format detection, exactly as {@code attest analyze FILE} reads it. Files are bounded by the reader's limit.
 */
public final class DocumentFileSource extends LookaheadSource {
    private final Iterator<SourceRecord> records;

    private DocumentFileSource(List<SourceRecord> records) {
        this.records = records.iterator();
    }

    public static RecordSource open(FileSystem fs, WorkUnit unit, ArticleReader reader) {
        Path path = new Path(unit.path());
        String file = DisplayNames.of(path);
        return new DocumentFileSource(read(fs, path, file, reader));
    }

    private static List<SourceRecord> read(FileSystem fs, Path path, String file, ArticleReader reader) {
        SourceLocation location = SourceLocation.ofFile(file);
        long limit = reader.limits().maxBytes();
        byte[] bytes;
        try (InputStream in = fs.open(path)) {
            bytes = in.readNBytes(Math.toIntExact(limit + 1));
        } catch (IOException e) {
            return List.of(new ReadFailure(location, FailureStage.READ, "cannot read: " + Messages.of(e)));
        }
        if (bytes.length > limit) {
            return List.of(new ReadFailure(location, FailureStage.READ, "larger than " + limit + " bytes, skipped"));
        }
        try {
            ReadResult result = reader.read(file, bytes);
            List<SourceRecord> records = new ArrayList<>();
            boolean several = result.articles().size() > 1;
            for (Article article : result.articles()) {
                // A JSON lines document yields several articles from one file; their ids are unique within it.
                records.add(new ReadArticle(article, location, several ? file + "#" + article.id() : file));
            }
            for (String error : result.errors()) {
                records.add(lineFailure(file, error));
            }
            return records;
        } catch (InputException e) {
            return List.of(new ReadFailure(location, DecodeProblems.stageOf(e), Messages.oneLine(e.problem())));
        } catch (RuntimeException e) {
            return List.of(new ReadFailure(location, FailureStage.READ, "unreadable record (" + Messages.of(e) + ")"));
        }
    }

    /** The reader reports bad lines as {@code file:17: problem}; keep the line as a location, not as text. */
    private static ReadFailure lineFailure(String file, String error) {
        Matcher m = Pattern.compile(Pattern.quote(file) + ":(\\d+): (.*)", Pattern.DOTALL).matcher(error);
        if (m.matches()) {
            return new ReadFailure(SourceLocation.ofLine(file, -1, Long.parseLong(m.group(1))), FailureStage.READ,
                    Messages.oneLine(m.group(2)));
        }
        return new ReadFailure(SourceLocation.ofFile(file), FailureStage.READ, Messages.oneLine(error));
    }

    @Override
    protected SourceRecord computeNext() {
        return records.hasNext() ? records.next() : null;
    }

    @Override
    public void close() {
        // read eagerly in open(): nothing is held
    }
}
