package dev.attest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "attest", mixinStandardHelpOptions = true, version = "attest 0.1.0",
        description = "Attest: who said what in the news, tied to character offsets and provenance.",
        subcommands = {AnalyzeCommand.class, CorpusCommands.Ingest.class, CorpusCommands.Search.class,
                CorpusCommands.Speakers.class, CorpusCommands.Speaker.class, CorpusCommands.Stats.class,
                CorpusCommands.Export.class, CorpusCommands.Quote.class, ClaimStoreCommands.Claims.class, ClaimStoreCommands.Claim.class, EvalCommand.class, ClaimCommands.Train.class, BenchCommand.class,
                ClaimCommands.BenchClaims.class, StoreBenchCommand.class, ServeCommands.Serve.class, ServeCommands.Demo.class,
                ServeCommands.User.class, LoadBenchCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(new java.io.PrintWriter(System.out, true), new java.io.PrintWriter(System.err, true), args));
    }

    /** Runs the CLI and returns its exit code: 0 success, 1 some inputs failed, 2 usage error. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            // a user sees one line; ATTEST_DEBUG=1 shows where it came from
            commandLine.getErr().println("attest: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("ATTEST_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return 1;
        });
        // Lucene advises on stderr to enable the incubating Vector API (every command that opens a store or serves);
        // stderr is for the user's problems
        java.util.logging.Logger lucene = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
        lucene.setLevel(java.util.logging.Level.SEVERE);
        try {
            return cl.execute(args);
        } finally {
            java.lang.ref.Reference.reachabilityFence(lucene); // JUL holds loggers weakly: keep the level for the whole run
        }
    }
}
