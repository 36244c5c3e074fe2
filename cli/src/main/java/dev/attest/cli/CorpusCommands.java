package dev.attest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.claims.StoreClaimExtractor;
import dev.attest.core.extract.ClaimExtractor;
import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.StatementKind;
import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.ReaderLimits;
import dev.attest.store.AmbiguousSpeakerException;
import dev.attest.store.CorpusStats;
import dev.attest.store.CorpusStore;
import dev.attest.store.IngestListener;
import dev.attest.store.IngestOptions;
import dev.attest.store.IngestProgress;
import dev.attest.store.Ingester;
import dev.attest.store.QuoteAppearances;
import dev.attest.store.SearchResult;
import dev.attest.store.SpeakerCount;
import dev.attest.store.SpeakerTimeline;
import dev.attest.store.StatementCsv;
import dev.attest.store.StatementFilter;
import dev.attest.store.StatementHit;
import dev.attest.store.StatementJson;
import dev.attest.store.StatementRow;
import dev.attest.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The corpus commands over the embedded store ({@code ./attest-data} unless {@code --store}): {@code ingest},
 * {@code search}, {@code speakers}, {@code speaker}, {@code quote}, {@code stats}, {@code export}. Exit codes as for
 * {@code analyze}: 0 success, 1 a failure (each reported in one line on standard error), 2 usage error.
 */
final class CorpusCommands {
    static final String DEFAULT_STORE = "./attest-data";

    private CorpusCommands() {
    }

    /** The store directory option every corpus command takes. */
    static final class StoreOption {
        @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT_STORE,
                description = "Store directory (default: ${DEFAULT-VALUE}).")
        Path dir;
    }

    enum Kind {
        direct(StatementKind.DIRECT), indirect(StatementKind.INDIRECT), mixed(StatementKind.MIXED);

        final StatementKind kind;

        Kind(StatementKind kind) {
            this.kind = kind;
        }
    }

    /** Statement filters shared by {@code search} and {@code export}. */
    static final class FilterOptions {
        @Option(names = "--speaker", paramLabel = "NAME", description = "Only statements by this speaker (any case; a unique surname works).")
        String speaker;

        @Option(names = "--since", paramLabel = "DATE", description = "Only articles published on or after DATE (YYYY-MM-DD).")
        LocalDate since;

        @Option(names = "--until", paramLabel = "DATE", description = "Only articles published on or before DATE (YYYY-MM-DD).")
        LocalDate until;

        @Option(names = "--outlet", paramLabel = "HOST", description = "Only articles of this outlet (host such as apnews.com, or a URL).")
        String outlet;

        @Option(names = "--kind", paramLabel = "KIND", description = "direct, indirect or mixed.")
        Kind kind;

        @Option(names = "--checkworthy", description = "Only statements holding a check-worthy claim.")
        boolean checkworthy;

        @Option(names = "--disputed", description = "Only statements the article itself disputes.")
        boolean disputed;

        StatementFilter filter() {
            return new StatementFilter(speaker, since, until, outlet, kind == null ? null : kind.kind, checkworthy, disputed);
        }
    }

    /** Runs a store operation; a store problem becomes one line on standard error and exit code 1. */
    static Integer withStore(CommandSpec spec, Path dir, boolean write, StoreWork work) {
        try (CorpusStore store = write ? CorpusStore.open(dir) : CorpusStore.openReadOnly(dir)) {
            return work.run(store);
        } catch (StoreException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("attest: " + e.getMessage());
            return 1;
        } finally {
            spec.commandLine().getOut().flush();
        }
    }

    interface StoreWork {
        Integer run(CorpusStore store);
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Analyse articles and keep their ledgers in the store; rerunning skips what is stored.",
                    "SOURCE is a file, a directory (read recursively) or an http(s) URL: text, HTML, JSON lines,",
                    "RSS/Atom feeds, or WARC/WARC.gz web archives (files; streamed), detected from the content.",
                    "Articles are deduplicated by URL and by normalised text; a killed ingest resumes where it stopped."})
    static final class Ingest implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Files, directories or feed URLs to ingest.")
        List<String> sources = new ArrayList<>();

        @Option(names = "--batch-size", defaultValue = "" + IngestOptions.DEFAULT_BATCH_SIZE,
                description = "New articles per commit (default: ${DEFAULT-VALUE}); a crash loses at most one batch.")
        int batchSize;

        @Option(names = "--threads", description = "Analysis threads (default: number of processors).")
        Integer threads;

        @Option(names = "--max-bytes", defaultValue = "268435456",
                description = "Largest input file accepted, in bytes (default: ${DEFAULT-VALUE}); JSON lines files are read whole.")
        long maxBytes;

        @Option(names = "--no-claims", negatable = false,
                description = "Store statements only: no claims, disputes or MiniLM vectors (faster; no model load).")
        boolean noClaims;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            IngestOptions options = IngestOptions.defaults().withBatchSize(batchSize);
            if (threads != null) {
                options = options.withThreads(threads);
            }
            IngestOptions chosen = options;
            return withStore(spec, store.dir, true, corpus -> {
                ClaimExtractor claims = noClaims ? ClaimExtractor.none() : StoreClaimExtractor.standard();
                // a person at a terminal sees one updating line; a log file gets plain lines
                TerminalProgress terminal = TerminalProgress.stderrIsTerminal()
                        ? new TerminalProgress(err, IngestEstimate.of(sources)) : null;
                IngestProgress done;
                try {
                    done = new Ingester(corpus, Pipeline.standard(), claims, new ArticleReader(new ReaderLimits(maxBytes)),
                            chosen, terminal != null ? terminal : new LogLines(err)).ingestSources(sources);
                } finally {
                    if (terminal != null) {
                        terminal.finish();
                    }
                }
                err.println("attest: ingest: " + done.summary() + " -> " + store.dir);
                if (done.hadErrors()) {
                    err.println("attest: " + done.failedInputs() + " inputs and " + done.failedArticles() + " articles had errors");
                    return 1;
                }
                return 0;
            });
        }
    }

    /** Progress as plain lines on standard error, at most one every two seconds, so a log stays readable. */
    private static final class LogLines implements IngestListener {
        private static final long EVERY_NANOS = 2_000_000_000L;
        private final PrintWriter err;
        private long lastLine = System.nanoTime();

        LogLines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void problem(String line) {
            err.println("attest: " + line);
            err.flush();
        }

        @Override
        public void committed(IngestProgress progress) {
            long now = System.nanoTime();
            if (now - lastLine >= EVERY_NANOS) {
                lastLine = now;
                err.println("attest: ingest: " + progress.summary());
                err.flush();
            }
        }
    }

    enum Format { table, json, jsonl }

    /** {@code --format table|json|jsonl}: a table for people, JSON or JSON lines for programs. */
    static final class FormatOption {
        @Option(names = "--format", defaultValue = "table", description = "table, json or jsonl (default: ${DEFAULT-VALUE}).")
        Format format;
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Find statements by their words (BM25 ranking), optionally filtered.")
    static final class Search implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Mixin
        FilterOptions filters;

        @Parameters(index = "0", paramLabel = "TEXT", description = "Words to look for in what was said.")
        String text;

        @Option(names = "--limit", defaultValue = "20", description = "Most results shown (default: ${DEFAULT-VALUE}).")
        int limit;

        @Mixin
        FormatOption output;

        @Override
        public Integer call() {
            return withStore(spec, store.dir, false, corpus -> {
                SearchResult result = corpus.search(text, filters.filter(), limit);
                PrintWriter out = spec.commandLine().getOut();
                StatementJson json = new StatementJson(new ObjectMapper());
                switch (output.format) {
                    case table -> {
                        StatementTable.print(result.hits().stream().map(StatementHit::statement).toList(), out);
                        out.println(result.hits().size() + " of " + result.totalMatches() + " matching statements");
                    }
                    case jsonl -> result.hits().forEach(h -> out.println(json.toJson(h)));
                    case json -> {
                        ObjectMapper mapper = new ObjectMapper();
                        ObjectNode root = mapper.createObjectNode();
                        root.put("total", result.totalMatches());
                        ArrayNode hits = root.putArray("hits");
                        result.hits().forEach(h -> hits.add(json.toJson(h)));
                        out.println(pretty(mapper, root));
                    }
                }
                return 0;
            });
        }
    }

    @Command(name = "speakers", mixinStandardHelpOptions = true,
            description = "List the speakers with most statements; a surname alone is merged into the only full name ending with it.")
    static final class Speakers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Option(names = "--top", defaultValue = "20", description = "How many speakers (default: ${DEFAULT-VALUE}).")
        int top;

        @Mixin
        FormatOption output;

        @Override
        public Integer call() {
            return withStore(spec, store.dir, false, corpus -> {
                List<SpeakerCount> speakers = corpus.speakers(top);
                PrintWriter out = spec.commandLine().getOut();
                ObjectMapper mapper = new ObjectMapper();
                switch (output.format) {
                    case table -> {
                        out.printf("%10s  %-32s %s%n", "statements", "speaker", "aliases");
                        for (SpeakerCount s : speakers) {
                            out.printf("%10d  %-32s %s%n", s.statements(), clip(s.name(), 32), String.join(", ", s.aliases()));
                        }
                    }
                    case jsonl -> speakers.forEach(s -> out.println(speakerJson(mapper, s)));
                    case json -> {
                        ArrayNode all = mapper.createArrayNode();
                        speakers.forEach(s -> all.add(speakerJson(mapper, s)));
                        out.println(pretty(mapper, all));
                    }
                }
                return 0;
            });
        }
    }

    private static ObjectNode speakerJson(ObjectMapper mapper, SpeakerCount s) {
        ObjectNode n = mapper.createObjectNode();
        n.put("name", s.name());
        n.put("key", s.key());
        n.put("statements", s.statements());
        ArrayNode aliases = n.putArray("aliases");
        s.aliases().forEach(aliases::add);
        return n;
    }

    @Command(name = "speaker", mixinStandardHelpOptions = true,
            description = "Print the statements of one speaker, newest first.")
    static final class Speaker implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "NAME", description = "Full name or a unique surname, any case.")
        String name;

        @Option(names = "--limit", defaultValue = "100", description = "Most statements shown (default: ${DEFAULT-VALUE}).")
        int limit;

        @Mixin
        FormatOption output;

        @Override
        public Integer call() {
            return withStore(spec, store.dir, false, corpus -> {
                Optional<SpeakerTimeline> found = corpus.speaker(name, limit);
                if (found.isEmpty()) {
                    List<SpeakerCount> candidates = corpus.speakerCandidates(name);
                    spec.commandLine().getErr().println(candidates.isEmpty()
                            ? "attest: no speaker named \"" + name + "\" in " + store.dir + " (see `attest speakers`)"
                            : "attest: " + new AmbiguousSpeakerException(name, candidates).getMessage());
                    return 1;
                }
                SpeakerTimeline timeline = found.get();
                PrintWriter out = spec.commandLine().getOut();
                ObjectMapper mapper = new ObjectMapper();
                StatementJson json = new StatementJson(mapper);
                switch (output.format) {
                    case table -> {
                        SpeakerCount who = timeline.speaker();
                        out.println("== " + who.name() + (who.aliases().isEmpty() ? "" : " (also: " + String.join(", ", who.aliases()) + ")")
                                + ": " + who.statements() + " statements");
                        StatementTable.print(timeline.statements(), out);
                        if (timeline.statements().size() < who.statements()) {
                            out.println("showing the newest " + timeline.statements().size() + "; --limit shows more");
                        }
                    }
                    case jsonl -> timeline.statements().forEach(r -> out.println(json.line(r)));
                    case json -> {
                        ObjectNode root = speakerJson(mapper, timeline.speaker());
                        ArrayNode rows = root.putArray("timeline");
                        timeline.statements().forEach(r -> rows.add(json.toJson(r)));
                        out.println(pretty(mapper, root));
                    }
                }
                return 0;
            });
        }
    }

    @Command(name = "quote", mixinStandardHelpOptions = true,
            description = {"Show a statement and the other articles carrying the same quote, earliest first.",
                    "Quotes match after lowercasing and dropping punctuation; a shorter quote contained in a longer one matches it."})
    static final class Quote implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Parameters(index = "0", paramLabel = "REF", description = "A statement ref as `search` prints it (<article ref>:<statement id>).")
        String ref;

        @Mixin
        FormatOption output;

        @Override
        public Integer call() {
            return withStore(spec, store.dir, false, corpus -> {
                Optional<QuoteAppearances> found = corpus.quote(ref);
                if (found.isEmpty()) {
                    spec.commandLine().getErr().println("attest: no statement " + ref + " in " + store.dir + " (refs are printed by `attest search`)");
                    return 1;
                }
                QuoteAppearances quote = found.get();
                PrintWriter out = spec.commandLine().getOut();
                ObjectMapper mapper = new ObjectMapper();
                StatementJson json = new StatementJson(mapper);
                switch (output.format) {
                    case table -> {
                        StatementRow s = quote.statement();
                        out.println("== " + (s.speaker() == null ? "?" : s.speaker()) + ", " + (s.outlet() == null ? "-" : s.outlet())
                                + (s.published() == null ? "" : " " + s.published()) + ": " + oneLine(s.content()));
                        if (quote.appearances().isEmpty()) {
                            out.println("no other article carries this quote");
                        } else {
                            out.printf("%-8s ", "form");
                            StatementTable.print(List.of(), out);
                            for (QuoteAppearances.Appearance a : quote.appearances()) {
                                out.printf("%-8s ", a.form().name().toLowerCase(Locale.ROOT));
                                StatementTable.printRow(a.statement(), out);
                            }
                            out.println(quote.appearances().size() + " other appearances");
                        }
                    }
                    case jsonl -> quote.appearances().forEach(a -> out.println(appearanceJson(json, a)));
                    case json -> {
                        ObjectNode root = mapper.createObjectNode();
                        root.set("statement", json.toJson(quote.statement()));
                        ArrayNode all = root.putArray("appearances");
                        quote.appearances().forEach(a -> all.add(appearanceJson(json, a)));
                        out.println(pretty(mapper, root));
                    }
                }
                return 0;
            });
        }

        private static ObjectNode appearanceJson(StatementJson json, QuoteAppearances.Appearance a) {
            ObjectNode n = json.toJson(a.statement());
            n.put("form", a.form().name().toLowerCase(Locale.ROOT));
            return n;
        }
    }

    enum StatsFormat { table, json }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Count what the store holds.")
    static final class Stats implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        StatsFormat format;

        @Override
        public Integer call() {
            return withStore(spec, store.dir, false, corpus -> {
                CorpusStats s = corpus.stats();
                PrintWriter out = spec.commandLine().getOut();
                if (format == StatsFormat.json) {
                    ObjectMapper mapper = new ObjectMapper();
                    ObjectNode n = mapper.createObjectNode();
                    n.put("articles", s.articles());
                    n.put("statements", s.statements());
                    n.put("claims", s.claims());
                    n.put("speakers", s.speakers());
                    n.put("links", s.links());
                    n.put("copies", s.copies());
                    out.println(pretty(mapper, n));
                } else {
                    out.printf(Locale.ROOT, "articles    %d%nstatements  %d%nclaims      %d%nspeakers    %d%nlinks       %d%ncopies      %d%n",
                            s.articles(), s.statements(), s.claims(), s.speakers(), s.links(), s.copies());
                }
                return 0;
            });
        }
    }

    enum ExportFormat { jsonl, csv }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write statements as JSON lines or CSV (RFC 4180), oldest first, to standard output.",
                    "Without --query or filters every statement is written."})
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StoreOption store;

        @Mixin
        FilterOptions filters;

        @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
        ExportFormat format;

        @Option(names = "--query", paramLabel = "TEXT", description = "Only statements matching these words.")
        String query;

        @Override
        public Integer call() {
            return withStore(spec, store.dir, false, corpus -> {
                PrintWriter out = spec.commandLine().getOut();
                try {
                    if (format == ExportFormat.csv) {
                        StatementCsv csv = new StatementCsv(out);
                        csv.header();
                        corpus.export(query, filters.filter(), csv::row);
                    } else {
                        StatementJson json = new StatementJson(new ObjectMapper());
                        corpus.export(query, filters.filter(), r -> out.println(json.line(r)));
                    }
                } catch (UncheckedIOException e) {
                    spec.commandLine().getErr().println("attest: cannot write export: " + e.getCause().getMessage());
                    return 1;
                }
                out.flush();
                if (out.checkError()) {
                    spec.commandLine().getErr().println("attest: cannot write export (output closed)");
                    return 1;
                }
                return 0;
            });
        }
    }

    /** Statements as a table a person reads in a terminal. */
    private static final class StatementTable {
        private static final int EXCERPT = 70;

        static void print(List<StatementRow> rows, PrintWriter out) {
            out.printf("%-10s  %-22s %-22s %-8s %-" + EXCERPT + "s  %s%n", "date", "outlet", "speaker", "kind", "content", "ref");
            for (StatementRow r : rows) {
                printRow(r, out);
            }
        }

        static void printRow(StatementRow r, PrintWriter out) {
            String speaker = r.speaker() == null ? "?" : r.speakerNamed() ? r.speaker() : r.speaker() + " (unnamed)";
            out.printf("%-10s  %-22s %-22s %-8s %-" + EXCERPT + "s  %s%n",
                    r.published() == null ? "-" : r.published().toString(),
                    clip(r.outlet() == null ? "-" : r.outlet(), 22),
                    clip(speaker, 22),
                    r.kind(),
                    clip(oneLine(r.content()), EXCERPT),
                    r.ref());
        }
    }

    static String pretty(ObjectMapper mapper, Object tree) {
        try {
            return mapper.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String oneLine(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c);
        }
        return sb.toString();
    }

    static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
