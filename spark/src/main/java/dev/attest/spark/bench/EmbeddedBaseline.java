package dev.attest.spark.bench;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.InputException;
import dev.attest.ingest.ReadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The pipeline without Spark, one thread, over the same JSON lines files: the per-core ceiling that Spark's
 * numbers are compared with. {@code EmbeddedBaseline PATH...} ({@code .jsonl} files, or folders of them); the
 * first 2,000 articles warm the JIT untimed.
 */
public final class EmbeddedBaseline {
    private EmbeddedBaseline() {
    }

    public static void main(String[] args) throws Exception {
        ArticleReader reader = new ArticleReader(new dev.attest.ingest.ReaderLimits(Integer.MAX_VALUE - 16));
        List<Article> articles = new ArrayList<>();
        for (String arg : args) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(arg))) {
                files = walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
            }
            for (Path file : files) {
                ReadResult result = read(reader, file);
                articles.addAll(result.articles());
            }
        }
        Pipeline pipeline = Pipeline.standard();
        int warm = Math.min(articles.size(), 2000);
        for (int i = 0; i < warm; i++) {
            pipeline.analyze(articles.get(i));
        }
        long statements = 0;
        long start = System.nanoTime();
        for (Article article : articles) {
            statements += pipeline.analyze(article).statements().size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "embedded, 1 thread: %d articles, %d statements in %.1f s: %.1f articles/s%n",
                articles.size(), statements, seconds, articles.size() / seconds);
    }

    private static ReadResult read(ArticleReader reader, Path file) throws InputException {
        return reader.read(file);
    }
}
