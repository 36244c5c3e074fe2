package dev.attest.spark.input;

import java.io.Closeable;
import java.util.Iterator;

/** A lazily read stream of records from one work unit; the caller closes it. Never throws for bad content. */
public interface RecordSource extends Iterator<SourceRecord>, Closeable {
}
