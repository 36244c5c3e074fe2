package dev.attest.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * The job's command line: {@code --input PATH... --output DIR [--master URL] [--no-links] [--no-claims]}.
 *
 * @param master Spark master for local runs ({@code local[2]}); {@code null} under spark-submit, which sets it
 * @param links  whether to run the quote-linking stage after the tables are written
 * @param claims whether to run the claim analyzer on each ledger and write {@code claims} and {@code disputes}
 */
public record JobOptions(List<String> inputs, String output, String master, boolean links, boolean claims) {
    public static final String USAGE = """
            usage: attest-spark --input PATH... --output DIR [--master URL] [--no-links] [--no-claims]
              --input PATH...  files, folders (read recursively) or globs, local or any Hadoop file system:
                               *.warc / *.warc.gz (HTML responses), *.jsonl / *.ndjson (.gz) (one article per
                               line: id, title, text, url, published), anything else: one text or HTML article
              --output DIR     Parquet tables articles, statements, speakers, claims, disputes, errors (by date)
                               and quote_links; existing tables there are replaced, so a rerun is idempotent
              --master URL     Spark master, e.g. local[2]; leave it out under spark-submit
              --no-links       skip the cross-article quote linking stage
              --no-claims      skip claims and disputes (and loading the MiniLM model); statements only""";

    public JobOptions {
        inputs = List.copyOf(inputs);
    }

    /** @throws IllegalArgumentException with a one-line message for a usage error */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String master = null;
        boolean links = true;
        boolean claims = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--input" -> {
                    int first = i + 1;
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        inputs.add(args[++i]);
                    }
                    if (i + 1 == first) {
                        throw new IllegalArgumentException("--input needs at least one path");
                    }
                }
                case "--output" -> output = value(args, ++i, "--output");
                case "--master" -> master = value(args, ++i, "--master");
                case "--no-links" -> links = false;
                case "--no-claims" -> claims = false;
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("missing --input");
        }
        if (output == null) {
            throw new IllegalArgumentException("missing --output");
        }
        return new JobOptions(inputs, output, master, links, claims);
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[i];
    }
}
