package dev.attest.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Applies a function to every item on a fixed number of threads and returns the results in input order. Embedding
 * with MiniLM runs one sentence per call on the calling thread, so evaluations and training get their parallelism
 * from here; a failure inside {@code work} is rethrown as it was.
 */
public final class ParallelMap {
    private ParallelMap() {
    }

    /** @param what names the work in the message if the calling thread is interrupted ("claim matching") */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work, int threads, String what) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<? extends R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> out = new ArrayList<>(futures.size());
            for (Future<? extends R> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
