package dev.attest.spark.input;

import dev.attest.core.model.Article;
import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.InputException;
import dev.attest.ingest.InputKind;
import dev.attest.ingest.ReadResult;
import dev.attest.spark.input.SourceRecord.ReadArticle;
import dev.attest.spark.input.SourceRecord.ReadFailure;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Streams the lines of one JSON lines work unit and reads each with the ingest reader, so a record gives exactly
 * the article {@code attest analyze} gives for it. A range owns the lines that start inside it: it skips the
 * partial line at its start (the previous range reads past its own end to finish that line).
 */
public final class JsonLinesSource extends LookaheadSource {
    /** The ingest reader's message for a one-line input whose only line is bad; the inner text is the problem. */
    private static final Pattern ONLY_LINE_BAD = Pattern.compile(
            "no valid article line \\(1 bad line; first: line 1: (.*)\\)", Pattern.DOTALL);

    private final ArticleReader reader;
    private final String file;
    private final InputStream in;
    private final long end;
    private final int maxLineBytes;
    /** The reader rejects a repeated id within one input; we can only see one range of the file. */
    private final Map<String, Long> firstLineOfId = new HashMap<>();
    private final byte[] buffer = new byte[1 << 16];
    private int bufferPosition;
    private int bufferLimit;
    private long position;
    private long lineNo;

    private JsonLinesSource(ArticleReader reader, String file, InputStream in, long position, long end, long firstLine) {
        this.reader = reader;
        this.file = file;
        this.in = in;
        this.position = position;
        this.end = end;
        this.lineNo = firstLine;
        this.maxLineBytes = (int) reader.limits().maxBytes();
    }

    public static RecordSource open(FileSystem fs, WorkUnit unit, ArticleReader reader) throws IOException {
        Path path = new Path(unit.path());
        String file = DisplayNames.of(path);
        FSDataInputStream raw = fs.open(path);
        try {
            if (unit.kind() == SourceKind.JSON_LINES_GZIP) {
                InputStream in = new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
                return new JsonLinesSource(reader, file, in, 0, Long.MAX_VALUE, 1);
            }
            long position = 0;
            if (unit.start() > 0) {
                raw.seek(unit.start() - 1);
                position = unit.start() - 1;
            }
            InputStream in = new BufferedInputStream(raw, 1 << 16);
            if (unit.start() > 0) {
                position += skipPastNewline(in);
            }
            return new JsonLinesSource(reader, file, in, position, unit.end(), unit.firstLine());
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    private static long skipPastNewline(InputStream in) throws IOException {
        long skipped = 0;
        int b;
        while ((b = in.read()) >= 0) {
            skipped++;
            if (b == '\n') {
                break;
            }
        }
        return skipped;
    }

    @Override
    protected SourceRecord computeNext() {
        while (position < end) {
            long lineStart = position;
            long line = lineNo;
            Line read;
            try {
                read = readLine();
            } catch (IOException e) {
                // The rest of the range is unreachable; report once and stop this unit, not the job.
                position = end;
                return new ReadFailure(SourceLocation.ofLine(file, lineStart, line), FailureStage.READ,
                        "cannot read: " + Messages.of(e));
            }
            if (read == null) {
                return null;
            }
            position += read.consumed();
            lineNo++;
            SourceLocation location = SourceLocation.ofLine(file, lineStart, line);
            if (read.tooLong()) {
                return new ReadFailure(location, FailureStage.READ,
                        "line longer than " + maxLineBytes + " bytes, skipped");
            }
            if (isAsciiBlank(read.bytes())) {
                continue;
            }
            SourceRecord record = parse(read.bytes(), location);
            if (record != null) {
                return record;
            }
        }
        return null;
    }

    private SourceRecord parse(byte[] bytes, SourceLocation location) {
        try {
            ReadResult result = reader.read(file, bytes, InputKind.JSONL);
            Article article = withLineId(result.articles().getFirst(), location.line());
            Long firstLine = firstLineOfId.putIfAbsent(article.id(), location.line());
            if (firstLine != null) {
                return new ReadFailure(location, FailureStage.READ,
                        "duplicate id \"" + article.id() + "\" (first on line " + firstLine + ")");
            }
            return new ReadArticle(article, location, location.toString());
        } catch (InputException e) {
            if (e.problem().equals("empty input")) {
                return null; // a line of Unicode spaces: blank, as the whole-file reader treats it
            }
            return new ReadFailure(location, FailureStage.READ, Messages.oneLine(lineProblem(e.problem())));
        } catch (RuntimeException e) {
            return new ReadFailure(location, FailureStage.READ, "unreadable record (" + Messages.of(e) + ")");
        }
    }

    /**
     * A line without an id gets {@code file#<line>} from the whole-file reader; read alone, the line is line 1.
     * An input id that happens to equal {@code file#1} on another line would be renamed too: not worth a parser.
     */
    private Article withLineId(Article article, long line) {
        if (line == 1 || !article.id().equals(file + "#1")) {
            return article;
        }
        return new Article(file + "#" + line, article.title(), article.text(), article.source(), article.url(),
                article.published());
    }

    private static String lineProblem(String problem) {
        Matcher only = ONLY_LINE_BAD.matcher(problem);
        return only.matches() ? only.group(1) : problem;
    }

    private static boolean isAsciiBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads up to and including the next newline, a buffer at a time (byte-at-a-time reads showed in profiles);
     * keeps at most {@code maxLineBytes} so a giant line cannot exhaust memory.
     */
    private Line readLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        long consumed = 0;
        boolean tooLong = false;
        while (true) {
            if (bufferPosition == bufferLimit) {
                bufferLimit = in.read(buffer, 0, buffer.length);
                bufferPosition = 0;
                if (bufferLimit <= 0) {
                    bufferLimit = 0;
                    break;
                }
            }
            int newline = indexOfNewline(buffer, bufferPosition, bufferLimit);
            int end = newline >= 0 ? newline : bufferLimit;
            int length = end - bufferPosition;
            if (!tooLong) {
                bytes.write(buffer, bufferPosition, length);
                tooLong = bytes.size() > maxLineBytes;
                if (tooLong) {
                    bytes = new ByteArrayOutputStream(0);
                }
            }
            consumed += length;
            bufferPosition = end;
            if (newline >= 0) {
                bufferPosition++;
                consumed++;
                break;
            }
        }
        if (consumed == 0) {
            return null;
        }
        return new Line(tooLong ? new byte[0] : bytes.toByteArray(), consumed, tooLong);
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private record Line(byte[] bytes, long consumed, boolean tooLong) {
    }
}
