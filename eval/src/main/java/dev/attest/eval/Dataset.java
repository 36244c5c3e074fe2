package dev.attest.eval;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The gold data sets Attest knows how to read. */
public enum Dataset {
    /** Gender Gap Tracker quote set: one JSONL file, one article per line. */
    GGT("ggt"),
    /** PolNeAR attribution relations: a split folder with text/ and attributions/ (BRAT standoff). */
    POLNEAR("polnear");

    private final String key;

    Dataset(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public GoldCorpus load(Path path) {
        return switch (this) {
            case GGT -> new GgtLoader().load(path);
            case POLNEAR -> new PolnearLoader().load(path);
        };
    }

    public static Dataset fromKey(String key) {
        String wanted = key.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(d -> d.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown dataset '" + key + "', expected one of: " + keys()));
    }

    public static String keys() {
        return Arrays.stream(values()).map(Dataset::key).collect(Collectors.joining(", "));
    }
}
