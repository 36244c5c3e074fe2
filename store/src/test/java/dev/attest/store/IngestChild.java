package dev.attest.store;

import dev.attest.core.extract.Pipeline;
import dev.attest.ingest.ArticleReader;
import java.nio.file.Path;
import java.util.List;

/**
 * An ingest in its own JVM, for the crash test: {@code STORE SOURCE BATCH_SIZE PAUSE_MS}. It prints
 * {@code committed <added>} after every commit and pauses, so the parent can kill it between two commits or
 * in the middle of the next batch.
 */
public final class IngestChild {
    public static void main(String[] args) throws InterruptedException {
        Path store = Path.of(args[0]);
        Path source = Path.of(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        long pauseMs = Long.parseLong(args[3]);
        try (CorpusStore corpus = CorpusStore.open(store)) {
            IngestListener listener = new IngestListener() {
                @Override
                public void problem(String line) {
                    System.out.println("problem " + line);
                }

                @Override
                public void committed(IngestProgress progress) {
                    System.out.println("committed " + progress.added());
                    System.out.flush();
                    try {
                        Thread.sleep(pauseMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            IngestProgress done = new Ingester(corpus, Pipeline.standard(), new ArticleReader(),
                    IngestOptions.defaults().withBatchSize(batchSize), listener).ingest(List.of(source));
            System.out.println("done " + done.added());
        }
    }
}
