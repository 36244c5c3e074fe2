package dev.attest.cli;

import dev.attest.eval.GoldDataException;
import dev.attest.eval.GoldDocument;
import dev.attest.eval.PolnearLoader;
import dev.attest.tagger.CueEndings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest train cue-endings}: counts, on PolNeAR train, which cue-final words annotators leave outside the cue. */
@Command(name = "cue-endings", mixinStandardHelpOptions = true,
        description = {
            "Count on PolNeAR train (without the tagger's held-out tenth) how",
            "often each pair of words ends a gold cue and how often the second",
            "word follows a cue ending in the first; write the pairs whose second",
            "word is mostly left outside (seen at least twice). The tagger drops",
            "such a last word from its cues. Deterministic; takes seconds.",
            "Exit codes: 0 written, 1 unreadable data or unwritable output."})
public final class CueEndingsCommand implements Callable<Integer> {
    static final String DEFAULT_OUT = "tagger/src/main/resources/dev/attest/tagger/cue-endings.tsv";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = TaggerCommands.DEFAULT_TRAIN,
            description = "The PolNeAR train split folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = DEFAULT_OUT,
            description = "Where the table goes (default: ${DEFAULT-VALUE}, the copy the build packages).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<GoldDocument> train = TaggerCommands.Split.of(new PolnearLoader().load(dir)).train();
            CueEndings endings = CueEndings.learn(TaggerCommands.labelled(train));
            Path target = out.toAbsolutePath();
            Path tmp = Files.createTempFile(target.getParent(), ".cue-endings", ".tmp");
            try {
                try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                    endings.write(w);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            stdout.println("counted the cues of " + train.size() + " train articles; wrote " + endings.size() + " word pairs to " + out);
            return CommandLine.ExitCode.OK;
        } catch (GoldDataException e) {
            err.println("attest train cue-endings: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        } catch (IOException e) {
            err.println("attest train cue-endings: cannot write " + out + ": " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
    }
}
