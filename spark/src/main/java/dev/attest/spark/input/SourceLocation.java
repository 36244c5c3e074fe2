package dev.attest.spark.input;

/**
 * Where a record came from, precise enough to find it again: a JSON line by its number, a WARC record by the byte
 * offset of its start (of its gzip member, for WARC.gz), a document by its file.
 *
 * @param file   the file name as shown to users (local files without the {@code file:} scheme)
 * @param offset byte offset of the record, or -1 when it has none
 * @param line   line number of the record, or -1 when it has none
 */
public record SourceLocation(String file, long offset, long line) {
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, -1, -1);
    }

    public static SourceLocation ofLine(String file, long offset, long line) {
        return new SourceLocation(file, offset, line);
    }

    public static SourceLocation ofOffset(String file, long offset) {
        return new SourceLocation(file, offset, -1);
    }

    /** {@code file:17} for lines (the compiler convention editors understand), {@code file@1234} for offsets. */
    @Override
    public String toString() {
        if (line > 0) {
            return file + ":" + line;
        }
        return offset >= 0 ? file + "@" + offset : file;
    }
}
