package dev.attest.tagger;

import java.io.IOException;
import java.io.InputStream;

/** Reads one kind of model file ({@link TaggerModel#read}, {@link CueScopeModel#read}); {@code name} goes into errors. */
@FunctionalInterface
public interface ModelReader<T> {
    T read(InputStream in, String name) throws IOException;
}
