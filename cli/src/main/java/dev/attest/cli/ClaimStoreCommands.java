package dev.attest.cli;

import static dev.attest.cli.CorpusCommands.clip;
import static dev.attest.cli.CorpusCommands.oneLine;
import static dev.attest.cli.CorpusCommands.pretty;
import static dev.attest.cli.CorpusCommands.withStore;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.attest.store.ClaimAppearance;
import dev.attest.store.ClaimDetail;
import dev.attest.store.ClaimFilter;
import dev.attest.store.ClaimJson;
import dev.attest.store.ClaimLinkThresholds;
import dev.attest.store.ClaimRow;
import dev.attest.store.StoredDispute;
import java.io.PrintWriter;
import java.time.LocalDate;
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

/** The store's claims: list them, and show one with its disputes and its appearances in other outlets. */
final class ClaimStoreCommands {
    private ClaimStoreCommands() {
    }

    @Command(name = "claims", mixinStandardHelpOptions = true,
            description = {"List stored claims, newest first, or the best matches for TEXT (BM25).",
                    "Claims come from `attest ingest` (unless it ran with --no-claims)."})
    static final class Claims implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CorpusCommands.StoreOption store;

        @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT", description = "Words to look for in the claims.")
        String text;

        @Option(names = "--checkworthy", description = "Only check-worthy claims.")
        boolean checkworthy;

        @Option(names = "--disputed", description = "Only claims their own article disputes.")
        boolean disputed;

        @Option(names = "--speaker", paramLabel = "NAME", description = "Only claims by this speaker.")
        String speaker;

        @Option(names = "--since", paramLabel = "DATE", description = "Only articles published on or after DATE (YYYY-MM-DD).")
        LocalDate since;

        @Option(names = "--until", paramLabel = "DATE", description = "Only articles published on or before DATE (YYYY-MM-DD).")
        LocalDate until;

        @Option(names = "--outlet", paramLabel = "HOST", description = "Only articles of this outlet.")
        String outlet;

        @Option(names = "--limit", defaultValue = "20", description = "Most claims shown (default: ${DEFAULT-VALUE}).")
        int limit;

        @Mixin
        CorpusCommands.FormatOption output;

        @Override
        public Integer call() {
            return withStore(spec, store.dir, false, corpus -> {
                List<ClaimRow> rows = corpus.claims(text, new ClaimFilter(speaker, since, until, outlet, checkworthy, disputed), limit);
                PrintWriter out = spec.commandLine().getOut();
                ObjectMapper mapper = new ObjectMapper();
                ClaimJson json = new ClaimJson(mapper);
                switch (output.format) {
                    case table -> {
                        ClaimTable.print(rows, out);
                        out.println(rows.size() + " claims");
                    }
                    case jsonl -> rows.forEach(r -> out.println(json.toJson(r)));
                    case json -> {
                        ArrayNode all = mapper.createArrayNode();
                        rows.forEach(r -> all.add(json.toJson(r)));
                        out.println(pretty(mapper, all));
                    }
                }
                return 0;
            });
        }
    }

    @Command(name = "claim", mixinStandardHelpOptions = true,
            description = {"Show a claim, what its own article says against it, and the same claim in other articles with their",
                    "stance: similarity = 0.4 x relative BM25 + 0.6 x MiniLM cosine, 'suggested' at or above --suggest,",
                    "'confirmed' at or above --confirm (defaults calibrated on Emergent, see docs/decisions.md)."})
    static final class Claim implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        CorpusCommands.StoreOption store;

        @Parameters(index = "0", paramLabel = "REF", description = "A claim ref as `attest claims` prints it (<article ref>:<claim id>).")
        String ref;

        @Option(names = "--suggest", description = "Cosine from which another claim is suggested (default: "
                + "calibrated, see docs/decisions.md).")
        Double suggest;

        @Option(names = "--confirm", description = "Cosine from which a link is confirmed (default: calibrated).")
        Double confirm;

        @Option(names = "--limit", defaultValue = "20", description = "Most appearances shown (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
        CorpusCommands.StatsFormat format;

        @Override
        public Integer call() {
            ClaimLinkThresholds defaults = ClaimLinkThresholds.DEFAULT;
            ClaimLinkThresholds thresholds;
            try {
                thresholds = new ClaimLinkThresholds(defaults.lexicalWeight(), suggest == null ? defaults.suggest() : suggest,
                        confirm == null ? defaults.confirm() : confirm);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("attest: " + e.getMessage());
                return 2;
            }
            return withStore(spec, store.dir, false, corpus -> {
                Optional<ClaimDetail> found = corpus.claim(ref, thresholds, limit);
                if (found.isEmpty()) {
                    spec.commandLine().getErr().println("attest: no claim " + ref + " in " + store.dir + " (refs are printed by `attest claims`)");
                    return 1;
                }
                ClaimDetail d = found.get();
                PrintWriter out = spec.commandLine().getOut();
                if (format == CorpusCommands.StatsFormat.json) {
                    ObjectMapper mapper = new ObjectMapper();
                    out.println(pretty(mapper, new ClaimJson(mapper).toJson(d)));
                    return 0;
                }
                ClaimRow c = d.claim();
                out.println("== " + oneLine(c.text()));
                out.printf(Locale.ROOT, "by %s, %s%s; %s, check-worthiness %.3f%s%s%n", c.speaker() == null ? "the article" : c.speaker(),
                        c.outlet() == null ? "-" : c.outlet(), c.published() == null ? "" : " " + c.published(), c.type(),
                        c.checkworthiness(), c.checkworthy() ? " (check-worthy)" : "", c.hedges().isEmpty() ? "" : "; hedges " + c.hedges());
                for (StoredDispute x : d.disputes()) {
                    out.println("disputed by the article (" + x.cue() + "): " + oneLine(x.evidence()));
                }
                if (!d.embedded()) {
                    out.println("not embedded (only each article's most check-worthy claims are), so no appearances by similarity");
                } else if (d.appearances().isEmpty()) {
                    out.println("no other article carries this claim");
                } else {
                    out.printf("%-9s %-6s %-9s %-10s  %-22s %-60s  %s%n", "link", "sim", "stance", "date", "outlet", "claim", "ref");
                    for (ClaimAppearance a : d.appearances()) {
                        ClaimRow o = a.claim();
                        out.printf(Locale.ROOT, "%-9s %-6.3f %-9s %-10s  %-22s %-60s  %s%n", a.strength().label(), a.similarity(), a.stance(),
                                o.published() == null ? "-" : o.published().toString(), clip(o.outlet() == null ? "-" : o.outlet(), 22),
                                clip(oneLine(o.text()), 60), o.ref());
                    }
                    out.println(d.appearances().size() + " other appearances");
                }
                return 0;
            });
        }
    }

    private static final class ClaimTable {
        static void print(List<ClaimRow> rows, PrintWriter out) {
            out.printf("%-10s  %-20s %-20s %-5s %-3s %-60s  %s%n", "date", "outlet", "speaker", "score", "", "claim", "ref");
            for (ClaimRow r : rows) {
                String flags = (r.checkworthy() ? "C" : "") + (r.disputed() ? "D" : "");
                out.printf(Locale.ROOT, "%-10s  %-20s %-20s %.3f %-3s %-60s  %s%n", r.published() == null ? "-" : r.published().toString(),
                        clip(r.outlet() == null ? "-" : r.outlet(), 20), clip(r.speaker() == null ? "(article)" : r.speaker(), 20),
                        r.checkworthiness(), flags, clip(oneLine(r.text()), 60), r.ref());
            }
        }
    }
}
