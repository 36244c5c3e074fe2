package dev.attest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.bench.CorpusFiles;
import dev.attest.bench.CorpusGenerator;
import dev.attest.claims.StoreClaimExtractor;
import dev.attest.core.extract.ClaimExtractor;
import dev.attest.core.extract.Pipeline;
import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.ReaderLimits;
import dev.attest.store.CorpusStore;
import dev.attest.store.IngestListener;
import dev.attest.store.IngestOptions;
import dev.attest.store.IngestProgress;
import dev.attest.store.Ingester;
import dev.attest.store.StoreSize;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = {"Measure the corpus store: ingest rate (articles/s and per CPU-second), the process's peak RSS,",
                "and search latency (p50/p99, with and without filters) on the store afterwards.",
                "--generate N writes N seeded articles from the project's templates as JSON lines under /tmp first;",
                "--source ingests existing files instead (or as well). The store may already hold articles:",
                "then the rate is that of ingesting into a full store."})
final class StoreBenchCommand implements Callable<Integer> {
    /** Articles per generated JSON lines file: ingest reads a JSON lines file whole, so keep files small. */
    private static final int ARTICLES_PER_FILE = 1000;

    @Spec
    CommandSpec spec;

    @Option(names = "--store", required = true, paramLabel = "DIR", description = "Store to ingest into (created if missing).")
    Path storeDir;

    @Option(names = "--generate", paramLabel = "N", defaultValue = "0", description = "Generate and ingest N articles.")
    int generate;

    @Option(names = "--first", paramLabel = "INDEX", defaultValue = "0",
            description = "Index of the first generated article (default: ${DEFAULT-VALUE}); another range gives other articles.")
    int first;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated articles and the queries (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--source", paramLabel = "PATH", description = "Files or directories to ingest as they are (any format `ingest` reads).")
    List<Path> sources = new ArrayList<>();

    @Option(names = "--corpus-dir", paramLabel = "DIR",
            description = "Where the generated files go (default: a new directory under java.io.tmpdir, deleted afterwards).")
    Path corpusDir;

    @Option(names = "--threads", defaultValue = "2", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--batch-size", defaultValue = "" + IngestOptions.DEFAULT_BATCH_SIZE,
            description = "New articles per commit (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--no-claims", negatable = false, description = "Ingest statements only (no claims, no MiniLM).")
    boolean noClaims;

    @Option(names = "--queries", defaultValue = "2000", description = "Timed queries per search variant; 0 skips search (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warmup-queries", defaultValue = "500", description = "Untimed queries per variant first (default: ${DEFAULT-VALUE}).")
    int warmupQueries;

    @Option(names = "--json", negatable = false, description = "Print the results as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (generate < 0 || first < 0 || queries < 0 || warmupQueries < 0) {
            err.println("attest: --generate, --first, --queries and --warmup-queries must not be negative");
            return 2;
        }
        if (generate == 0 && sources.isEmpty()) {
            err.println("attest: nothing to ingest: give --generate N or --source PATH");
            return 2;
        }
        ObjectNode report = new ObjectMapper().createObjectNode();
        report.put("threads", threads);
        report.put("claims", !noClaims);
        report.put("cores", Runtime.getRuntime().availableProcessors());
        boolean tempCorpus = corpusDir == null;
        Path corpus = null;
        try {
            List<String> inputs = new ArrayList<>();
            if (generate > 0) {
                corpus = tempCorpus ? Files.createTempDirectory("attest-bench-corpus") : Files.createDirectories(corpusDir);
                long start = System.nanoTime();
                long bytes = writeCorpus(corpus);
                ObjectNode g = report.putObject("generated");
                g.put("articles", generate);
                g.put("first", first);
                g.put("seed", seed);
                g.put("bytes", bytes);
                g.put("seconds", seconds(System.nanoTime() - start));
                inputs.add(corpus.toString());
            }
            sources.forEach(s -> inputs.add(s.toString()));
            return CorpusCommands.withStore(spec, storeDir, true, store -> {
                ingest(store, inputs, report.putObject("ingest"));
                report.put("peak_rss_mb", peakRssMb());
                if (queries > 0) {
                    search(store, report);
                }
                print(report);
                return 0;
            });
        } finally {
            if (corpus != null && tempCorpus) {
                deleteTree(corpus);
            }
        }
    }

    private long writeCorpus(Path dir) throws IOException {
        CorpusGenerator generator = new CorpusGenerator(seed);
        long bytes = 0;
        for (int from = first; from < first + generate; from += ARTICLES_PER_FILE) {
            int count = Math.min(ARTICLES_PER_FILE, first + generate - from);
            Path file = dir.resolve(String.format(Locale.ROOT, "generated-%09d.jsonl", from));
            CorpusFiles.writeJsonLines(file, generator.articles(from, count));
            bytes += Files.size(file);
        }
        return bytes;
    }

    private void ingest(CorpusStore store, List<String> inputs, ObjectNode out) {
        StoreSize before = store.size();
        long loadStart = System.nanoTime();
        ClaimExtractor claims = noClaims ? ClaimExtractor.none() : StoreClaimExtractor.standard();
        Pipeline pipeline = Pipeline.standard();
        out.put("model_load_seconds", seconds(System.nanoTime() - loadStart));
        Problems problems = new Problems(spec.commandLine().getErr());
        long cpuStart = ProcessMeter.cpuNanos();
        long start = System.nanoTime();
        IngestProgress done = new Ingester(store, pipeline, claims, new ArticleReader(ReaderLimits.defaults()),
                new IngestOptions(batchSize, threads), problems).ingestSources(inputs);
        double wall = seconds(System.nanoTime() - start);
        double cpu = seconds(ProcessMeter.cpuNanos() - cpuStart);
        StoreSize after = store.size();
        out.put("store_articles_before", before.articles());
        out.put("store_statements_before", before.statements());
        out.put("read", done.read());
        out.put("added", done.added());
        out.put("already_stored", done.alreadyStored());
        out.put("copies", done.copies());
        out.put("failed", done.failedArticles() + done.failedInputs());
        out.put("statements_added", after.statements() - before.statements());
        out.put("claims_added", after.claims() - before.claims());
        out.put("seconds", wall);
        out.put("cpu_seconds", cpu);
        out.put("articles_per_second", done.read() / wall);
        out.put("articles_per_cpu_second", cpu > 0 ? done.read() / cpu : 0);
        out.put("store_articles_after", after.articles());
        out.put("store_statements_after", after.statements());
    }

    private void search(CorpusStore store, ObjectNode report) {
        ObjectNode s = report.putObject("search");
        s.put("statements", store.size().statements());
        s.put("queries_per_variant", queries);
        s.put("warmup_queries_per_variant", warmupQueries);
        ArrayNode variants = s.putArray("variants");
        for (SearchBench.Variant v : new SearchBench(store, seed).run(queries, warmupQueries)) {
            ObjectNode n = variants.addObject();
            n.put("filter", v.name());
            n.put("p50_ms", v.latencies().p50Millis());
            n.put("p90_ms", v.latencies().p90Millis());
            n.put("p99_ms", v.latencies().p99Millis());
            n.put("max_ms", v.latencies().maxMillis());
            n.put("mean_ms", v.latencies().meanMillis());
            n.put("cpu_p50_ms", v.cpu().p50Millis());
            n.put("cpu_p99_ms", v.cpu().p99Millis());
            n.put("mean_matches", v.meanMatches());
        }
    }

    private static double peakRssMb() {
        long bytes = ProcessMeter.peakRssBytes();
        return bytes < 0 ? -1 : bytes / (1024.0 * 1024.0);
    }

    private void print(ObjectNode r) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(CorpusCommands.pretty(new ObjectMapper(), r));
            return;
        }
        if (r.has("generated")) {
            ObjectNode g = (ObjectNode) r.get("generated");
            out.printf(Locale.ROOT, "generated: %d articles (first %d, seed %d), %.1f MB in %.1f s%n", g.get("articles").asInt(),
                    g.get("first").asInt(), g.get("seed").asLong(), g.get("bytes").asLong() / 1e6, g.get("seconds").asDouble());
        }
        ObjectNode i = (ObjectNode) r.get("ingest");
        out.printf(Locale.ROOT, "ingest (%d threads, claims %s; model load %.1f s, not counted): %d read, %d added into a store of %d articles%n",
                r.get("threads").asInt(), r.get("claims").asBoolean() ? "on" : "off", i.get("model_load_seconds").asDouble(),
                i.get("read").asLong(), i.get("added").asLong(), i.get("store_articles_before").asLong());
        out.printf(Locale.ROOT, "  %.1f s wall, %.1f articles/s; %.1f CPU-s, %.1f articles per CPU-second; +%d statements, +%d claims%n",
                i.get("seconds").asDouble(), i.get("articles_per_second").asDouble(), i.get("cpu_seconds").asDouble(),
                i.get("articles_per_cpu_second").asDouble(), i.get("statements_added").asLong(), i.get("claims_added").asLong());
        out.printf(Locale.ROOT, "peak RSS: %.0f MB%n", r.get("peak_rss_mb").asDouble());
        if (r.has("search")) {
            ObjectNode s = (ObjectNode) r.get("search");
            out.printf(Locale.ROOT, "search on %d statements, %d queries per filter after %d warm-up:%n",
                    s.get("statements").asLong(), s.get("queries_per_variant").asInt(), s.get("warmup_queries_per_variant").asInt());
            s.get("variants").forEach(v -> out.printf(Locale.ROOT,
                    "  %-12s p50 %6.2f ms  p90 %6.2f ms  p99 %6.2f ms  max %7.2f ms; CPU p50 %5.2f ms  p99 %5.2f ms  (mean %.0f matches or more: Lucene may stop counting past 1,000)%n",
                    v.get("filter").asText(), v.get("p50_ms").asDouble(), v.get("p90_ms").asDouble(),
                    v.get("p99_ms").asDouble(), v.get("max_ms").asDouble(), v.get("cpu_p50_ms").asDouble(),
                    v.get("cpu_p99_ms").asDouble(), v.get("mean_matches").asDouble()));
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Ingest problems go to standard error as they happen; commits are not logged, to keep timing clean. */
    private record Problems(PrintWriter err) implements IngestListener {
        @Override
        public void problem(String line) {
            err.println("attest: " + line);
        }

        @Override
        public void committed(IngestProgress progress) {
        }
    }
}
