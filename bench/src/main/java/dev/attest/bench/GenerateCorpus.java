package dev.attest.bench;

import dev.attest.core.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a generated corpus for the benchmark:
 * {@code GenerateCorpus --articles N --out DIR [--format jsonl|warc] [--files K] [--seed S] [--days D]}.
 * JSON lines go to {@code K} files (default 1: the job splits large files itself); WARC.gz to {@code K} files.
 */
public final class GenerateCorpus {
    private GenerateCorpus() {
    }

    public static void main(String[] args) throws IOException {
        int articles = 20_000;
        Path out = null;
        String format = "jsonl";
        int files = 1;
        long seed = 7;
        int days = 90;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--format" -> format = args[++i];
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--days" -> days = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("usage: GenerateCorpus --articles N --out DIR [--format jsonl|warc] [--files K] [--seed S] [--days D]");
        }
        Files.createDirectories(out);
        CorpusGenerator generator = new CorpusGenerator(seed, days);
        long bytes = 0;
        for (int f = 0; f < files; f++) {
            int from = (int) ((long) articles * f / files);
            int to = (int) ((long) articles * (f + 1) / files);
            List<Article> shard = generator.articles(from, to - from);
            Path file = out.resolve(String.format("corpus-%04d.%s", f, format.equals("warc") ? "warc.gz" : "jsonl"));
            if (format.equals("warc")) {
                CorpusFiles.writeWarc(file, shard);
            } else {
                CorpusFiles.writeJsonLines(file, shard);
            }
            bytes += Files.size(file);
        }
        System.out.printf("generated %d articles in %d %s file(s), %d bytes, in %s%n", articles, files, format, bytes, out);
    }
}
