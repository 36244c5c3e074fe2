package dev.attest.eval;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Gold data that cannot be trusted: a malformed line, an unreadable file, a missing text.
 * Scoring against partially-read gold would silently inflate or deflate every number, so loaders
 * stop at the first problem and name the file and line (line 0 = the file as a whole).
 */
public final class GoldDataException extends RuntimeException {
    private final Path file;
    private final int line;

    public GoldDataException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public GoldDataException(Path file, int line, String problem, Throwable cause) {
        super(location(file, line) + ": " + problem, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    private static String location(Path file, int line) {
        return line > 0 ? file + ":" + line : String.valueOf(file);
    }
}
