package dev.attest.server;

import java.util.concurrent.atomic.AtomicReference;

/** The server's base URL, known only once the socket is bound (port 0 picks a port), set exactly once. */
public final class PublicUrl {
    private final AtomicReference<String> url = new AtomicReference<>();

    void set(String value) {
        if (!url.compareAndSet(null, value)) {
            throw new IllegalStateException("public URL already set");
        }
    }

    public String get() {
        String v = url.get();
        if (v == null) {
            throw new IllegalStateException("server not started");
        }
        return v;
    }
}
