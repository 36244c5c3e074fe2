package dev.attest.spark.store;

import java.nio.file.Path;

/**
 * The import's command line: {@code PARQUET_DIR [--store DIR] [--master URL] [--no-claims]}.
 *
 * @param parquet the output folder of a job run (holding the {@code articles} table)
 * @param store   the embedded store to load into; created when absent, as {@code attest ingest} does
 * @param master  Spark master used to read the Parquet files; {@code local[*]} unless given
 * @param claims  store each article's claims layer (claims, disputes, claim vectors) as {@code attest ingest} does
 */
public record ImportOptions(String parquet, Path store, String master, boolean claims) {
    public static final String DEFAULT_STORE = "./attest-data";
    public static final String DEFAULT_MASTER = "local[*]";
    public static final String USAGE = """
            usage: attest import PARQUET_DIR [--store DIR] [--master URL] [--no-claims]
              PARQUET_DIR    the --output folder of `attest spark`; its articles table is read
              --store DIR    the embedded store to load into (default ./attest-data); the articles are analysed
                             again and stored as `attest ingest` stores them, so rerunning skips what is stored
              --master URL   Spark master for reading the tables (default local[*])
              --no-claims    store statements only, without claims, disputes and claim vectors""";

    /** @throws IllegalArgumentException with a one-line message for a usage error */
    public static ImportOptions parse(String... args) {
        String parquet = null;
        String store = DEFAULT_STORE;
        String master = DEFAULT_MASTER;
        boolean claims = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--store" -> store = value(args, ++i, "--store");
                case "--master" -> master = value(args, ++i, "--master");
                case "--no-claims" -> claims = false;
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("unknown option: " + args[i]);
                    }
                    if (parquet != null) {
                        throw new IllegalArgumentException("one PARQUET_DIR only, got " + parquet + " and " + args[i]);
                    }
                    parquet = args[i];
                }
            }
        }
        if (parquet == null) {
            throw new IllegalArgumentException("missing PARQUET_DIR");
        }
        return new ImportOptions(parquet, Path.of(store), master, claims);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
