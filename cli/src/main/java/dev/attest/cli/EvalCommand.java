package dev.attest.cli;

import dev.attest.eval.Dataset;
import dev.attest.eval.ErrorLog;
import dev.attest.eval.EvaluationRun;
import dev.attest.eval.GoldCorpus;
import dev.attest.eval.GoldDataException;
import dev.attest.eval.JsonReport;
import dev.attest.eval.QuoteEvaluator;
import dev.attest.eval.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attest eval}: measures extraction accuracy on annotated news. Output goes through the
 * command line's writers (not System.out) so that callers and tests can capture it.
 */
@Command(
        name = "eval",
        description = "Measure extraction accuracy against annotated gold data.",
        mixinStandardHelpOptions = true,
        subcommands = {EvalCommand.Quotes.class, ClaimCommands.EvalCheckworthiness.class, ClaimCommands.EvalStance.class, ClaimMatchingCommand.class, GroupingCommand.class})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** {@code attest eval} alone names no evaluation: a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }

    @Command(
            name = "quotes",
            description = {
                "Run the extraction pipeline on every gold article and score its statements:",
                "content spans (exact, overlap > 0.3 / 0.8, symmetric variants; direct and indirect),",
                "source and cue spans, and for GGT the speaker name.",
                "Exit codes: 0 success, 1 malformed or unreadable data, 2 usage error."},
            mixinStandardHelpOptions = true)
    public static final class Quotes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dataset", required = true, paramLabel = "ggt|polnear",
                converter = DatasetConverter.class,
                description = "ggt: a ggt_gold.*.jsonl file; polnear: a split folder with text/ and attributions/")
        Dataset dataset;

        @Parameters(index = "0", paramLabel = "PATH", description = "The gold file (ggt) or split folder (polnear).")
        Path path;

        @Option(names = "--json", description = "Print one JSON object instead of the text table.")
        boolean json;

        @Option(names = "--errors", paramLabel = "FILE",
                description = "Also write every false positive, false negative, wrong speaker/source/cue and content boundary, with context.")
        Path errors;

        @Option(names = "--tagger", arity = "0..1", paramLabel = "scoped|tagger|hybrid", fallbackValue = "scoped",
                description = {"Score the learned attribution tagger instead of the rules: 'scoped' (the default of the",
                        "switch: the cue scope head's content and source per tagged cue, then the first head's statements",
                        "that overlap none of them), 'tagger' (the first head's statements only) or 'hybrid' (rule",
                        "statements plus first-head statements the rules miss)."})
        TaggerCommands.Mode tagger;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try {
                GoldCorpus corpus = dataset.load(path);
                // Open the error log before the run: a bad path should not cost a full evaluation.
                try (Writer errorLog = errors == null ? null : Files.newBufferedWriter(errors, StandardCharsets.UTF_8)) {
                    QuoteEvaluator evaluator = tagger == null ? QuoteEvaluator.withStandardPipeline()
                            : new QuoteEvaluator(TaggerCommands.extractor(tagger, dev.attest.tagger.AttributionTagger.standard()));
                    EvaluationRun run = evaluator.evaluate(corpus);
                    if (errorLog != null) {
                        ErrorLog.write(run, errorLog);
                    }
                    out.print(json ? new JsonReport().render(run.report()) + "\n" : TextReport.render(run.report()));
                }
                if (errors != null && !json) {
                    out.println("error log: " + errors);
                }
                out.flush();
                return CommandLine.ExitCode.OK;
            } catch (GoldDataException e) {
                err.println("attest eval quotes: malformed or unreadable gold data: " + e.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            } catch (IOException e) {
                err.println("attest eval quotes: cannot write the error log " + errors + ": " + describe(e));
                return CommandLine.ExitCode.SOFTWARE;
            } finally {
                err.flush();
            }
        }

        /** NIO puts only the path in most messages; say what went wrong instead. */
        private static String describe(IOException e) {
            return switch (e) {
                case NoSuchFileException x -> "no such directory";
                case AccessDeniedException x -> "permission denied";
                case FileSystemException x when x.getReason() != null -> x.getReason();
                default -> e.getMessage();
            };
        }
    }

    /** Accepts the lower-case data set keys, so that help and error messages use the names users type. */
    static final class DatasetConverter implements CommandLine.ITypeConverter<Dataset> {
        @Override
        public Dataset convert(String value) {
            try {
                return Dataset.fromKey(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
