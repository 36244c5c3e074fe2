package dev.attest.claims.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear scorer over standardised {@link MatchFeatures}: {@code bias + sum w_i (x_i - mean_i) / scale_i}, a
 * logit (pointwise fit) or a softmax score over one query's candidates (listwise fit, the shipped one). Stored as a small tab-separated text file (one line per feature) so a retrained model's diff is
 * readable in review; lines starting with {@code #} say how it was made.
 */
public record RerankerModel(List<String> features, double[] mean, double[] scale, double[] weights, double bias, List<String> notes) {
    /** The model the build packages, written by {@code attest train claim-matching}. */
    public static final String RESOURCE = "/dev/attest/claims/claim-reranker.tsv";
    private static final String BIAS = "(bias)";

    public RerankerModel {
        features = List.copyOf(features);
        notes = List.copyOf(notes);
        if (mean.length != features.size() || scale.length != features.size() || weights.length != features.size()) {
            throw new IllegalArgumentException("model arrays differ in length from its " + features.size() + " features");
        }
        mean = mean.clone();
        scale = scale.clone();
        weights = weights.clone();
    }

    /** The linear score; higher ranks first. */
    public double logit(double[] x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " features, got " + x.length);
        }
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * (x[i] - mean[i]) / scale[i];
        }
        return z;
    }

    /** The packaged model; fails when it names other features than {@link MatchFeatures#NAMES} (retrain it). */
    public static RerankerModel bundled() {
        try (InputStream in = RerankerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("claim re-ranker model missing from the classpath: " + RESOURCE);
            }
            RerankerModel m = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
            if (!m.features().equals(MatchFeatures.NAMES)) {
                throw new IllegalStateException(RESOURCE + " was trained on features " + m.features() + ", the code computes "
                        + MatchFeatures.NAMES + ": run attest train claim-matching");
            }
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads the text form; {@code source} names the input in errors. */
    public static RerankerModel parse(String text, String source) {
        List<String> names = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Double bias = null;
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#")) {
                notes.add(line.substring(1).strip());
                continue;
            }
            if (line.isBlank() || line.startsWith("feature\t")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                if (f[0].equals(BIAS) && f.length == 2) {
                    bias = Double.parseDouble(f[1]);
                } else if (f.length == 4) {
                    names.add(f[0]);
                    rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
                } else {
                    throw new IllegalArgumentException(source + " line " + (i + 1) + ": expected feature, mean, scale, weight");
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(source + " line " + (i + 1) + ": not a number: " + line, e);
            }
        }
        if (bias == null) {
            throw new IllegalArgumentException(source + ": no " + BIAS + " line");
        }
        return new RerankerModel(names, rows.stream().mapToDouble(r -> r[0]).toArray(), rows.stream().mapToDouble(r -> r[1]).toArray(),
                rows.stream().mapToDouble(r -> r[2]).toArray(), bias, notes);
    }

    public String format() {
        StringBuilder b = new StringBuilder();
        notes.forEach(n -> b.append("# ").append(n).append('\n'));
        b.append("feature\tmean\tscale\tweight\n");
        for (int i = 0; i < features.size(); i++) {
            b.append(String.format(Locale.ROOT, "%s\t%.6g\t%.6g\t%.6g%n", features.get(i), mean[i], scale[i], weights[i]));
        }
        b.append(String.format(Locale.ROOT, "%s\t%.6g%n", BIAS, bias));
        return b.toString();
    }
}
