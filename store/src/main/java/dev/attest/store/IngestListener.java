package dev.attest.store;

/** Hears what an {@link Ingester} does, to log it; called on the ingesting thread. */
public interface IngestListener {
    /** One line naming the input and the problem, e.g. {@code notes/x.pdf: binary content}; the ingest goes on. */
    void problem(String line);

    /** After each durable commit. */
    void committed(IngestProgress progress);

    static IngestListener silent() {
        return new IngestListener() {
            @Override
            public void problem(String line) {
            }

            @Override
            public void committed(IngestProgress progress) {
            }
        };
    }
}
