package dev.attest.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Expands ingest sources into files: a file named by the user is always read (its format is detected from its
 * content); a directory yields its article files recursively in name order, so logs and batches are the same
 * on every run.
 *
 * <p>Inside directories only files that can hold articles are read: text, HTML and JSON lines extensions,
 * {@code .rss}, {@code .atom}, {@code .warc} and {@code .warc.gz}, and files without an extension (saved
 * downloads). A feed saved as {@code .xml} is read when named directly, not in a walk: {@code .xml} next to a
 * corpus is far more often annotation than news. Everything else (annotation files, PDFs, images, READMEs next
 * to a corpus) is skipped and counted, because reading it as text would store junk articles. Hidden entries
 * (".git") are skipped too, and symbolic links to directories are not followed, so a link cycle cannot loop.
 * A source that does not exist is passed on as a file, for the reader to report in its usual words.
 */
final class SourceFiles {
    static final Set<String> ARTICLE_EXTENSIONS = Set.of("txt", "text", "htm", "html", "xhtml", "shtml", "jsonl", "ndjson", "json",
            "rss", "atom", "warc");

    private final Consumer<Path> file;
    private final Consumer<Path> skipped;
    private final Consumer<String> problem;

    SourceFiles(Consumer<Path> file, Consumer<Path> skipped, Consumer<String> problem) {
        this.file = file;
        this.skipped = skipped;
        this.problem = problem;
    }

    void forEach(List<Path> sources) {
        for (Path source : sources) {
            if (Files.isDirectory(source)) {
                walk(source);
            } else {
                file.accept(source);
            }
        }
    }

    static boolean looksLikeArticles(Path path) {
        String name = path.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".warc.gz")) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return dot <= 0 || ARTICLE_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private void walk(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path entry : stream) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    entries.add(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            problem.accept(dir + ": cannot list directory (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            return;
        }
        entries.sort(Comparator.comparing(p -> p.getFileName().toString()));
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry);
            } else if (Files.isRegularFile(entry)) {
                (looksLikeArticles(entry) ? file : skipped).accept(entry);
            }
        }
    }
}
