package dev.attest.store;

import java.io.Serial;

/** The store cannot be opened or used: missing, locked by another ingest, of another format, or an I/O failure. One-line message. */
public final class StoreException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
