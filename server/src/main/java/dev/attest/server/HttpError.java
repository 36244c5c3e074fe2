package dev.attest.server;

/** A request the workbench refuses, with the status and the message the client sees. */
public final class HttpError extends RuntimeException {
    private final int status;

    public HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
