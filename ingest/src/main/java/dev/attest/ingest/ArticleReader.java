package dev.attest.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Reads articles from plain text, HTML or JSON lines, recognising the format from the content.
 *
 * <p><b>Offsets.</b> Line endings are normalised before anything else: CRLF and lone CR become LF. All offsets
 * into {@link dev.attest.core.model.Article#text()} refer to that normalised text. For plain text and JSON lines
 * the article text is otherwise the input itself (the whole file, or the {@code text} field); for HTML it is
 * generated from the page: title, blank line, paragraphs separated by blank lines.
 *
 * <p><b>Failures.</b> {@link InputException} (one-line message naming the input) when the input as a whole is
 * unusable: unreadable, larger than {@link ReaderLimits#maxBytes()}, binary, not valid UTF-8/UTF-16, empty,
 * or without any article. Individual bad JSON lines are skipped and listed in {@link ReadResult#errors()}.
 * No other exception escapes for any input bytes, and work is bounded by the input size.
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class ArticleReader {
    private final ReaderLimits limits;
    private final TextDecoder decoder;
    private final InputKindDetector detector = new InputKindDetector();
    private final PlainTextReader plainText = new PlainTextReader();
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();
    private final JsonLinesReader jsonLines = new JsonLinesReader();

    public ArticleReader() {
        this(ReaderLimits.defaults());
    }

    public ArticleReader(ReaderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.decoder = new TextDecoder(limits);
    }

    public ReaderLimits limits() {
        return limits;
    }

    /** Reads a file; its path as given is the input name used for ids, sources and messages. */
    public ReadResult read(Path path) throws InputException {
        String inputName = path.toString();
        return read(inputName, readBytes(inputName, path));
    }

    /** Reads in-memory content; {@code inputName} labels it in ids, sources and messages (a file name, a URL). */
    public ReadResult read(String inputName, byte[] bytes) throws InputException {
        String text = decoder.decode(inputName, bytes);
        return parse(inputName, text, detector.detect(text));
    }

    /** Reads content whose format the caller knows (a CLI {@code --format} flag), skipping detection. */
    public ReadResult read(String inputName, byte[] bytes, InputKind kind) throws InputException {
        Objects.requireNonNull(kind, "kind");
        return parse(inputName, decoder.decode(inputName, bytes), kind);
    }

    private ReadResult parse(String inputName, String text, InputKind kind) throws InputException {
        return switch (kind) {
            case TEXT -> ReadResult.of(plainText.read(inputName, text));
            case HTML -> ReadResult.of(html.extract(inputName, text));
            case JSONL -> jsonLines.read(inputName, text);
        };
    }

    byte[] readBytes(String inputName, Path path) throws InputException {
        if (Files.isDirectory(path)) {
            throw new InputException(inputName, "is a directory, not a file");
        }
        rejectOversizedFile(inputName, path);
        try (InputStream in = Files.newInputStream(path)) {
            // Read at most one byte past the limit: enough to know it is too large without loading a huge file.
            byte[] bytes = in.readNBytes(Math.toIntExact(limits.maxBytes() + 1));
            if (bytes.length > limits.maxBytes()) {
                long size = sizeOrAtLeast(path, bytes.length);
                throw decoder.tooLarge(inputName, size);
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new InputException(inputName, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new InputException(inputName, "permission denied", e);
        } catch (IOException e) {
            throw new InputException(inputName, "cannot read file (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")", e);
        }
    }

    /** Fails before opening a huge regular file; the bounded read still guards pipes and growing files. */
    private void rejectOversizedFile(String inputName, Path path) throws InputException {
        long size;
        try {
            size = Files.isRegularFile(path) ? Files.size(path) : 0;
        } catch (IOException e) {
            return; // opening the file reports the problem precisely
        }
        if (size > limits.maxBytes()) {
            throw decoder.tooLarge(inputName, size);
        }
    }

    private static long sizeOrAtLeast(Path path, long atLeast) {
        try {
            return Math.max(Files.size(path), atLeast);
        } catch (IOException e) {
            return atLeast;
        }
    }
}
