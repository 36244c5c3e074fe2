package dev.attest.cli;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.Statement;
import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.InputException;
import dev.attest.ingest.ReaderLimits;
import dev.attest.tagger.AttributionTagger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure warm extraction throughput (articles/s on one thread) over the given articles.",
                "Warms up first, then runs several timed rounds and reports the median."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles to loop over.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--warmup-seconds", defaultValue = "5")
    double warmupSeconds;

    @Option(names = "--rounds", defaultValue = "5")
    int rounds;

    @Option(names = "--round-seconds", defaultValue = "3")
    double roundSeconds;

    @Option(names = "--tagger", arity = "0..1", paramLabel = "scoped|tagger|hybrid", fallbackValue = "scoped",
            description = "Measure the learned attribution tagger (see eval quotes --tagger) instead of the rules.")
    TaggerCommands.Mode tagger;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ArticleReader reader = new ArticleReader(ReaderLimits.defaults());
        List<Article> articles = new ArrayList<>();
        long chars = 0;
        for (Path f : files) {
            try {
                for (Article a : reader.read(f).articles()) {
                    articles.add(a);
                    chars += a.text().length();
                }
            } catch (InputException e) {
                spec.commandLine().getErr().println("attest: " + e.getMessage());
                return 1;
            }
        }
        if (articles.isEmpty()) {
            spec.commandLine().getErr().println("attest: no articles to benchmark");
            return 1;
        }
        long t0 = System.nanoTime();
        Function<Article, List<Statement>> pipeline = extractor();
        long loadNanos = System.nanoTime() - t0;
        runFor(pipeline, articles, warmupSeconds);
        double[] rates = new double[rounds];
        double[] cpuRates = new double[rounds];
        long statements = 0;
        // CPU time of this thread, so a shared, loaded machine still yields a per-core figure
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long deadline = start + (long) (roundSeconds * 1e9);
            int done = 0;
            while (System.nanoTime() < deadline) {
                for (Article a : articles) {
                    statements += pipeline.apply(a).size();
                    done++;
                    if (System.nanoTime() >= deadline) {
                        break; // a tagger pass over many articles takes longer than a round
                    }
                }
            }
            rates[r] = done / ((System.nanoTime() - start) / 1e9);
            cpuRates[r] = done / ((threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        java.util.Arrays.sort(rates);
        java.util.Arrays.sort(cpuRates);
        out.printf(Locale.ROOT, "mode: %s%n", tagger == null ? "rules" : tagger);
        out.printf(Locale.ROOT, "articles: %d (mean %.0f chars), pipeline load: %.0f ms%n", articles.size(),
                (double) chars / articles.size(), loadNanos / 1e6);
        out.printf(Locale.ROOT, "warm throughput, 1 thread: median %.1f articles/s (min %.1f, max %.1f) over %d rounds of %.0f s%n",
                rates[rounds / 2], rates[0], rates[rounds - 1], rounds, roundSeconds);
        out.printf(Locale.ROOT, "per CPU-second of the benchmark thread: median %.1f articles%n", cpuRates[rounds / 2]);
        out.printf(Locale.ROOT, "(statements counted: %d)%n", statements);
        return 0;
    }

    private Function<Article, List<Statement>> extractor() {
        if (tagger == null) {
            Pipeline pipeline = Pipeline.standard();
            return a -> pipeline.analyze(a).statements();
        }
        return TaggerCommands.extractor(tagger, AttributionTagger.standard())::extract;
    }

    private static void runFor(Function<Article, List<Statement>> p, List<Article> articles, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            for (Article a : articles) {
                p.apply(a);
                if (System.nanoTime() >= deadline) {
                    break;
                }
            }
        }
    }
}
