package dev.attest.claims;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;

/**
 * Warm single-thread throughput of statement extraction plus the claims layer ingest stores (claim analysis and,
 * when asked, the vectors of the most check-worthy claims). Reports articles per wall-clock second and per
 * CPU-second of the measuring thread: on a shared machine the second is the honest "per core" figure, since time
 * spent waiting for a busy core is not counted. MiniLM runs on the calling thread (one ONNX thread), so its work is
 * in the CPU time.
 */
public final class ClaimsBenchmark {
    /**
     * @param wallRate  median articles per second over the rounds
     * @param cpuRate   median articles per CPU-second of the measuring thread
     * @param modelRunsPerArticle MiniLM runs per article (sentences embedded, not answered from the encoder's memory)
     */
    public record Result(int articles, double wallRate, double cpuRate, double claimsPerArticle,
            double modelRunsPerArticle, int rounds, double roundSeconds) {}

    private ClaimsBenchmark() {}

    /** @param claims what ingest runs after extraction */
    public static Result run(Pipeline pipeline, StoreClaimExtractor claims, List<Article> articles,
            double warmupSeconds, int rounds, double roundSeconds) {
        if (articles.isEmpty() || rounds < 1) {
            throw new IllegalArgumentException("need articles and at least one round");
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < warmupEnd) {
            for (Article a : articles) {
                claims.extract(pipeline.analyze(a));
            }
        }
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        long done = 0;
        long claimCount = 0;
        long runs0 = claims.modelRuns();
        for (int r = 0; r < rounds; r++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            long deadline = start + (long) (roundSeconds * 1e9);
            int n = 0;
            while (System.nanoTime() < deadline) {
                for (Article a : articles) {
                    claimCount += claims.extract(pipeline.analyze(a)).claims().size();
                    n++;
                }
            }
            wall[r] = n / ((System.nanoTime() - start) / 1e9);
            cpu[r] = n / ((threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
            done += n;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Result(articles.size(), wall[rounds / 2], cpu[rounds / 2], (double) claimCount / done,
                (double) (claims.modelRuns() - runs0) / done, rounds, roundSeconds);
    }
}
