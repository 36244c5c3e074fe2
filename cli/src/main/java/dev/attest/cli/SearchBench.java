package dev.attest.cli;

import dev.attest.bench.Latencies;
import dev.attest.bench.SearchWords;
import dev.attest.store.CorpusStore;
import dev.attest.store.SpeakerCount;
import dev.attest.store.StatementFilter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * Search latency on a store, one query at a time as a user's searches arrive: the same seeded queries without a
 * filter, with a speaker, with a start date and with check-worthy only. Each variant is warmed up first with
 * queries of another seed, so JIT compilation and cold index pages are not measured.
 */
final class SearchBench {
    /** The generator's articles are dated from this day over 90 days; "since" dates fall in that range. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
    private static final int LIMIT = 20;

    /**
     * One variant's latencies (wall clock), the CPU time of the same queries (what they cost when the machine is
     * shared, as the benchmark machine is) and how many statements its queries matched on average.
     */
    record Variant(String name, Latencies latencies, Latencies cpu, double meanMatches) {
    }

    private final CorpusStore store;
    private final long seed;

    SearchBench(CorpusStore store, long seed) {
        this.store = store;
        this.seed = seed;
    }

    List<Variant> run(int queries, int warmup) {
        List<String> speakers = store.speakers(100).stream().map(SpeakerCount::name).filter(n -> n.contains(" ")).toList();
        Map<String, IntFunction<StatementFilter>> variants = new LinkedHashMap<>();
        SplittableRandom pick = new SplittableRandom(seed);
        variants.put("plain", i -> StatementFilter.none());
        if (!speakers.isEmpty()) {
            List<String> chosen = pickEach(pick, speakers, queries + warmup);
            variants.put("speaker", i -> StatementFilter.none().withSpeaker(chosen.get(i)));
        }
        List<LocalDate> since = new ArrayList<>();
        for (int i = 0; i < queries + warmup; i++) {
            since.add(FIRST_DAY.plusDays(pick.nextInt(90)));
        }
        variants.put("since", i -> StatementFilter.none().withSince(since.get(i)));
        variants.put("checkworthy", i -> new StatementFilter(null, null, null, null, null, true, false));

        // the searcher runs on this thread, so its CPU time is the query's
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        SearchWords words = new SearchWords();
        List<String> warm = words.queries(seed + 1, warmup);
        List<String> timed = words.queries(seed, queries);
        List<Variant> out = new ArrayList<>();
        for (Map.Entry<String, IntFunction<StatementFilter>> v : variants.entrySet()) {
            for (int i = 0; i < warm.size(); i++) {
                store.search(warm.get(i), v.getValue().apply(queries + i), LIMIT);
            }
            long[] nanos = new long[timed.size()];
            long[] cpuNanos = new long[timed.size()];
            long matches = 0;
            for (int i = 0; i < timed.size(); i++) {
                StatementFilter filter = v.getValue().apply(i);
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                matches += store.search(timed.get(i), filter, LIMIT).totalMatches();
                nanos[i] = System.nanoTime() - start;
                cpuNanos[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            }
            out.add(new Variant(v.getKey(), Latencies.ofNanos(nanos), Latencies.ofNanos(cpuNanos), (double) matches / timed.size()));
        }
        return out;
    }

    private static List<String> pickEach(SplittableRandom random, List<String> from, int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(from.get(random.nextInt(from.size())));
        }
        return out;
    }
}
