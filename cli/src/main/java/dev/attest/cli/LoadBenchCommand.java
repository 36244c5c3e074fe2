package dev.attest.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench-http", mixinStandardHelpOptions = true,
        description = {"Drive a running workbench from N concurrent clients on loopback for a fixed time",
                "and report throughput, errors and latency percentiles. Example:",
                "  attest bench-http http://127.0.0.1:7070 --path '/api/search?q=bridge' --clients 50 --seconds 30"})
final class LoadBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "BASE_URL", description = "The workbench, e.g. http://127.0.0.1:7070")
    String base;

    @Option(names = "--path", defaultValue = "/api/search?q=bridge", description = "Request path (default: ${DEFAULT-VALUE}).")
    String path;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients, 1..500 (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "Duration, 1..600 (default: ${DEFAULT-VALUE}).")
    int seconds;

    /** What one client saw: latencies in microseconds and how many requests failed. */
    private record ClientResult(long[] latenciesMicros, int count, int errors) {}

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (clients < 1 || clients > 500 || seconds < 1 || seconds > 600) {
            spec.commandLine().getErr().println("attest: --clients must be 1..500 and --seconds 1..600");
            return 2;
        }
        URI uri = URI.create(base.replaceAll("/+$", "") + path);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<ClientResult>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> runClient(http, uri, deadline)));
        }
        int total = 0;
        int errors = 0;
        List<long[]> all = new ArrayList<>();
        for (Future<ClientResult> f : futures) {
            ClientResult r = f.get();
            total += r.count();
            errors += r.errors();
            all.add(Arrays.copyOf(r.latenciesMicros(), r.count()));
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] lat = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        out.printf(Locale.ROOT, "%s: %d clients for %.1f s: %d requests, %.1f req/s, %d errors%n", uri, clients, elapsed, total,
                total / elapsed, errors);
        if (lat.length > 0) {
            out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n", pct(lat, 0.50), pct(lat, 0.90),
                    pct(lat, 0.99), lat[lat.length - 1] / 1000.0);
        }
        return errors == 0 ? 0 : 1;
    }

    private static ClientResult runClient(HttpClient http, URI uri, long deadline) {
        long[] lat = new long[1024];
        int n = 0;
        int errors = 0;
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
        while (System.nanoTime() < deadline) {
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200) {
                    errors++;
                }
            } catch (Exception e) {
                errors++;
            }
            if (n == lat.length) {
                lat = Arrays.copyOf(lat, n * 2);
            }
            lat[n++] = (System.nanoTime() - t0) / 1000;
        }
        return new ClientResult(lat, n, errors);
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1000.0;
    }
}
