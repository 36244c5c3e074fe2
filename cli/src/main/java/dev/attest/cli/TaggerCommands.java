package dev.attest.cli;

import dev.attest.core.scoring.MatchCriterion;
import dev.attest.core.extract.Pipeline;
import dev.attest.eval.EvaluationRun;
import dev.attest.eval.Extractor;
import dev.attest.eval.GoldAttribution;
import dev.attest.eval.GoldCorpus;
import dev.attest.eval.GoldDataException;
import dev.attest.eval.GoldDocument;
import dev.attest.eval.PolnearLoader;
import dev.attest.eval.PrfCounts;
import dev.attest.eval.QuoteEvaluator;
import dev.attest.eval.QuoteReport;
import dev.attest.tagger.AttributionTagger;
import dev.attest.tagger.LabelledText;
import dev.attest.tagger.MiniLmStates;
import dev.attest.tagger.PieceEncoder;
import dev.attest.tagger.Role;
import dev.attest.tagger.RoleSpan;
import dev.attest.tagger.StateCache;
import dev.attest.tagger.Trainer;
import dev.attest.tagger.ModelReader;
import dev.attest.tagger.TaggerModel;
import dev.attest.tagger.ScopeTrainer;
import dev.attest.tagger.CueScopeModel;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attest train attribution-tagger} and the tagger modes of {@code attest eval quotes}. */
public final class TaggerCommands {
    static final String DEFAULT_TRAIN = "../shared/data/quotes/polnear/train";
    static final String DEFAULT_MODEL = "tagger/src/main/resources/dev/attest/tagger/attribution-tagger.bin";
    static final String DEFAULT_SCOPE = "tagger/src/main/resources/dev/attest/tagger/cue-scope.bin";
    /** Every tenth article of train (in name order) is held out to choose the epoch and the mode. */
    static final int HELD_OUT_EVERY = 10;

    private TaggerCommands() {
    }

    /** Which statements an evaluation scores when the tagger is on. */
    enum Mode {
        /** The tagger's attributions only. */
        tagger,
        /** Rule statements plus the tagger's attributions that no rule statement overlaps. */
        hybrid,
        /** The cue scope head's attributions (content and source per tagged cue), then the tagger's that overlap none. */
        scoped
    }

    static Extractor extractor(Mode mode, AttributionTagger tagger) {
        return switch (mode) {
            case tagger -> tagger::tag;
            case hybrid -> tagger::hybrid;
            case scoped -> tagger::scoped;
        };
    }

    @Command(name = "attribution-tagger", mixinStandardHelpOptions = true,
            description = {
                "Train the source/cue/content tagger (a small network over frozen MiniLM",
                "word-piece states) on PolNeAR train. Every tenth train article is held out",
                "to pick the epoch and the begin/inside calibration, and is scored in both",
                "tagger modes; dev is never read. The defaults reproduce the committed model",
                "(15-25 minutes on a shared 2-core machine with a warm state cache).",
                "Then trains the cue scope head (each tagged cue's content and source) the same way.",
                "Writes two model files. MiniLM states are cached under --cache (not the repo).",
                "Exit codes: 0 written, 1 unreadable data or unwritable output, 2 usage error."})
    public static final class Train implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = DEFAULT_TRAIN,
                description = "The PolNeAR train split folder (default: ${DEFAULT-VALUE}).")
        Path dir;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = DEFAULT_MODEL,
                description = "Where the model goes (default: ${DEFAULT-VALUE}, the copy the build packages).")
        Path out;

        @Option(names = "--scope-out", paramLabel = "FILE", defaultValue = DEFAULT_SCOPE,
                description = "Where the cue scope model goes (default: ${DEFAULT-VALUE}).")
        Path scopeOut;

        @Option(names = "--scope-only", description = "Keep the tagger model at --out and train only the cue scope head.")
        boolean scopeOnly;

        @Option(names = "--recalibrate-scope", split = ",", paramLabel = "FILE[,FILE...]",
                description = "With --scope-only: calibrate this trained cue scope model again instead of training one; several "
                        + "(trained on the same tagger model with other seeds) are joined into one ensemble that averages their scores.")
        List<Path> recalibrateScope = List.of();

        @Option(names = "--scope-epochs", defaultValue = "8", description = "Cue scope training epochs (default: ${DEFAULT-VALUE}).")
        int scopeEpochs;

        @Option(names = "--scope-hidden", defaultValue = "128", description = "Cue scope hidden units (default: ${DEFAULT-VALUE}).")
        int scopeHidden;

        @Option(names = "--cache", paramLabel = "DIR", description = "Where MiniLM states are cached (default: <tmp>/attest-tagger-states).")
        Path cache;

        @Option(names = "--epochs", defaultValue = "8", description = "Training epochs; the best on held-out train is kept (default: ${DEFAULT-VALUE}).")
        int epochs;

        @Option(names = "--layers", split = ",", defaultValue = "4", paramLabel = "N[,N...]",
                description = "MiniLM layers (1-6) whose mean states the tagger reads; ignored with --scope-only, which uses the model's (default: ${DEFAULT-VALUE}).")
        List<Integer> layers;

        @Option(names = "--hidden", defaultValue = "256", description = "Hidden units (default: ${DEFAULT-VALUE}).")
        int hidden;

        @Option(names = "--learning-rate", defaultValue = "0.001", description = "Adam step size (default: ${DEFAULT-VALUE}).")
        double learningRate;

        @Option(names = "--decay", defaultValue = "0.7", description = "Step size factor per epoch (default: ${DEFAULT-VALUE}).")
        double decay;

        @Option(names = "--dropout", defaultValue = "0.3", description = "Hidden-unit dropout rate (default: ${DEFAULT-VALUE}).")
        double dropout;

        @Option(names = "--head-only", description = "Stop once the tagger head (trained, or joined with --members) is written to --out: no cue scope head, no evaluation.")
        boolean headOnly;

        @Option(names = "--members", split = ",", paramLabel = "FILE[,FILE...]",
                description = "Instead of training the tagger head, join these trained tagger models (same split and layers, other seeds) "
                        + "into one ensemble that averages their scores, calibrate it on held-out train and write it to --out; then train the cue scope head on it.")
        List<Path> members = List.of();

        @Option(names = "--seed", defaultValue = "20261127", description = "Seed of initialisation, shuffling and dropout of both heads (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter stdout = spec.commandLine().getOut();
            if (layers.isEmpty() || layers.stream().anyMatch(l -> l < 1 || l > 6)) {
                err.println("attest train attribution-tagger: --layers takes MiniLM layers 1 to 6, not " + layers);
                return CommandLine.ExitCode.USAGE;
            }
            if (headOnly && scopeOnly) {
                err.println("attest train attribution-tagger: --head-only and --scope-only exclude each other");
                return CommandLine.ExitCode.USAGE;
            }
            if (!members.isEmpty() && scopeOnly) {
                err.println("attest train attribution-tagger: --members and --scope-only exclude each other (--members trains the scope head on the joined model)");
                return CommandLine.ExitCode.USAGE;
            }
            if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
                err.println("attest train attribution-tagger: no such directory: " + out.getParent() + " (run from the project root or pass --out)");
                return CommandLine.ExitCode.SOFTWARE;
            }
            try {
                GoldCorpus corpus = new PolnearLoader().load(dir);
                Split split = Split.of(corpus);
                List<GoldDocument> train = split.train();
                List<GoldDocument> heldOut = split.heldOut();
                Path cacheDir = cache != null ? cache : Path.of(System.getProperty("java.io.tmpdir"), "attest-tagger-states");
                Pipeline rules = Pipeline.standard();
                java.util.function.Consumer<String> log = line -> {
                    err.println(line);
                    err.flush();
                };
                TaggerModel model;
                PieceEncoder encoder;
                if (scopeOnly) {
                    try (java.io.InputStream in = Files.newInputStream(out)) {
                        model = TaggerModel.read(in, out.toString());
                    }
                    encoder = new StateCache(cacheDir, new MiniLmStates(model.layers()));
                } else {
                    String made;
                    if (!members.isEmpty()) {
                        TaggerModel joined = joinModels(members, TaggerModel::read, TaggerModel::ensemble);
                        encoder = new StateCache(cacheDir, new MiniLmStates(joined.layers()));
                        model = Trainer.calibrate(joined, labelled(heldOut), encoder, rules, log);
                        made = String.format(Locale.ROOT, "joined %d tagger models into one ensemble of %d heads", members.size(), model.members());
                    } else {
                        encoder = new StateCache(cacheDir, new MiniLmStates(layers));
                        Trainer.Options options = new Trainer.Options(hidden, epochs, learningRate, decay, dropout, Trainer.Options.DEFAULTS.batch(), seed);
                        Trainer.Result result = Trainer.train(labelled(train), labelled(heldOut), encoder, rules, options, log);
                        model = result.model();
                        made = String.format(Locale.ROOT, "kept epoch %d of %d (%d train, %d held-out articles)", result.bestEpoch(), epochs, train.size(), heldOut.size());
                    }
                    try (OutputStream file = Files.newOutputStream(out)) {
                        model.write(file);
                    }
                    stdout.println(made);
                    if (headOnly) {
                        stdout.println("wrote " + out + " (" + Files.size(out) + " bytes)");
                        stdout.flush();
                        return CommandLine.ExitCode.OK;
                    }
                }
                ScopeTrainer.Options scopeOptions = new ScopeTrainer.Options(scopeHidden, scopeEpochs, ScopeTrainer.Options.DEFAULTS.learningRate(),
                        ScopeTrainer.Options.DEFAULTS.decay(), ScopeTrainer.Options.DEFAULTS.dropout(), seed);
                CueScopeModel scopeModel;
                if (!recalibrateScope.isEmpty()) {
                    CueScopeModel joined = joinModels(recalibrateScope, CueScopeModel::read, CueScopeModel::ensemble);
                    scopeModel = ScopeTrainer.recalibrate(joined, labelled(heldOut), encoder, rules, model, log);
                } else {
                    ScopeTrainer.Result scoped = ScopeTrainer.train(labelled(train), labelled(heldOut), encoder, rules, model, scopeOptions, log);
                    scopeModel = scoped.model();
                    stdout.printf(Locale.ROOT, "cue scope: kept epoch %d of %d%n", scoped.bestEpoch(), scopeEpochs);
                }
                try (OutputStream file = Files.newOutputStream(scopeOut)) {
                    scopeModel.write(file);
                }
                AttributionTagger tagger = new AttributionTagger(model, scopeModel, encoder, rules, AttributionTagger.committedCueEndings());
                GoldCorpus held = new GoldCorpus(corpus.dataset(), corpus.source(), heldOut);
                stdout.println("held-out train (" + heldOut.size() + " articles):   overlap30  exact  source  cue");
                stdout.println(line("rules", QuoteEvaluator.withStandardPipeline().evaluate(held)));
                for (Mode mode : Mode.values()) {
                    stdout.println(line(mode.name(), new QuoteEvaluator(extractor(mode, tagger)).evaluate(held)));
                }
                stdout.println("wrote " + scopeOut + " (" + Files.size(scopeOut) + " bytes)");
                stdout.println("wrote " + out + " (" + Files.size(out) + " bytes); rebuild the CLI to use it");
                stdout.flush();
                return CommandLine.ExitCode.OK;
            } catch (ModelsDoNotJoin e) {
                err.println("attest train attribution-tagger: " + e.getMessage());
                return CommandLine.ExitCode.USAGE;
            } catch (GoldDataException e) {
                err.println("attest train attribution-tagger: malformed or unreadable gold data: " + e.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            } catch (IOException e) {
                // reading --out (with --scope-only) or --recalibrate-scope fails here too; read errors name their file
                err.println("attest train attribution-tagger: cannot read or write a model file: " + e.getMessage());
                return CommandLine.ExitCode.SOFTWARE;
            } finally {
                err.flush();
            }
        }

        /**
         * Each file read as a model, then joined into one ensemble; a read error names its file, and models that do
         * not fit together (other layers or features) are a usage error naming the files.
         */
        private static <T> T joinModels(List<Path> files, ModelReader<T> reader, Function<List<T>, T> ensemble) throws IOException {
            try {
                List<T> models = new ArrayList<>();
                for (Path file : files) {
                    try (java.io.InputStream in = Files.newInputStream(file)) {
                        models.add(reader.read(in, file.toString()));
                    }
                }
                return ensemble.apply(models);
            } catch (IllegalArgumentException e) {
                throw new ModelsDoNotJoin("cannot join " + files + ": " + e.getMessage());
            }
        }

        private static final class ModelsDoNotJoin extends RuntimeException {
            ModelsDoNotJoin(String message) {
                super(message);
            }
        }

        private static String line(String mode, EvaluationRun run) {
            QuoteReport r = run.report();
            return String.format(Locale.ROOT, "  %-8s F1  %.3f  %.3f  %.3f  %.3f", mode,
                    f1(r, "quote", MatchCriterion.OVERLAP30), f1(r, "quote", MatchCriterion.EXACT),
                    f1(r, "source", MatchCriterion.EXACT), f1(r, "cue", MatchCriterion.EXACT));
        }
    }

    static double f1(QuoteReport report, String what, MatchCriterion criterion) {
        PrfCounts counts = switch (what) {
            case "quote" -> report.quote().get(criterion);
            case "source" -> report.source().get(criterion);
            default -> report.cue().get(criterion);
        };
        return counts.f1();
    }

    /** The train articles and the held-out ones (every {@link #HELD_OUT_EVERY}th, in the loader's order). */
    record Split(List<GoldDocument> train, List<GoldDocument> heldOut) {
        static Split of(GoldCorpus corpus) {
            List<GoldDocument> train = new ArrayList<>();
            List<GoldDocument> heldOut = new ArrayList<>();
            for (int i = 0; i < corpus.documents().size(); i++) {
                (i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1 ? heldOut : train).add(corpus.documents().get(i));
            }
            return new Split(List.copyOf(train), List.copyOf(heldOut));
        }
    }

    /** Gold attributions as role spans: each source, cue and content fragment. */
    static List<LabelledText> labelled(List<GoldDocument> documents) {
        List<LabelledText> texts = new ArrayList<>();
        for (GoldDocument d : documents) {
            List<RoleSpan> spans = new ArrayList<>();
            List<LabelledText.Relation> relations = new ArrayList<>();
            for (GoldAttribution a : d.attributions()) {
                if (a.cue() != null) {
                    relations.add(new LabelledText.Relation(a.cue(), a.content(), a.source()));
                }
                if (a.source() != null) {
                    spans.add(new RoleSpan(Role.SOURCE, a.source()));
                }
                if (a.cue() != null) {
                    spans.add(new RoleSpan(Role.CUE, a.cue()));
                }
                a.contentParts().forEach(c -> spans.add(new RoleSpan(Role.CONTENT, c)));
            }
            texts.add(new LabelledText(d.id(), d.text(), spans, relations));
        }
        return texts;
    }
}
