package dev.attest.cli;

import dev.attest.store.IngestProgress;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * How much an ingest has to read, counted before it starts so the progress line can show a percentage and an ETA.
 * The unit is one article, or one file the ingest skips: a text or HTML file counts 1, a JSON lines file one per
 * non-blank line, and every other file in a directory 1 (the ingest either reads it as one article or skips it
 * and counts the skip). Feeds, web archives, JSON files and URLs hold an unknown number of articles: with any of
 * them the total is unknown and the progress line shows elapsed time instead. Listing and line counting read only
 * bytes, far cheaper than analysing them.
 */
final class IngestEstimate {
    /** Formats whose article count is unknown without parsing them. */
    private static final Set<String> UNCOUNTED = Set.of("rss", "atom", "xml", "json", "warc");
    private static final Set<String> LINES = Set.of("jsonl", "ndjson");

    private IngestEstimate() {
    }

    /** The units in {@code sources}, or empty when some source's article count is unknown. */
    static OptionalLong of(List<String> sources) {
        long total = 0;
        for (String source : sources) {
            if (source.startsWith("http://") || source.startsWith("https://")) {
                return OptionalLong.empty();
            }
            try {
                long units = units(Path.of(source), true);
                if (units < 0) {
                    return OptionalLong.empty();
                }
                total += units;
            } catch (IOException | RuntimeException e) {
                return OptionalLong.empty(); // the ingest itself reports the unreadable source
            }
        }
        return OptionalLong.of(total);
    }

    /** The units done so far: every article read and every file skipped. */
    static long unitsDone(IngestProgress progress) {
        return progress.read() + progress.skippedFiles();
    }

    /** -1 for unknown. */
    private static long units(Path path, boolean named) throws IOException {
        if (Files.isDirectory(path, named ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS})) {
            long sum = 0;
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                for (Path entry : entries) {
                    if (entry.getFileName().toString().startsWith(".")) {
                        continue; // the ingest skips hidden entries without counting them
                    }
                    long units = units(entry, false);
                    if (units < 0) {
                        return -1;
                    }
                    sum += units;
                }
            }
            return sum;
        }
        if (!Files.isRegularFile(path)) {
            return named ? 1 : 0; // a missing named source is one failed input; the walk ignores other entries
        }
        String extension = extension(path);
        if (LINES.contains(extension)) {
            return nonBlankLines(path);
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".warc.gz")) {
            return -1;
        }
        // in a walk, .xml and other .gz files are skipped (one unit); named, they are read by their content
        boolean skippedInWalk = extension.equals("xml") || extension.equals("gz");
        if ((UNCOUNTED.contains(extension) || extension.equals("gz")) && (named || !skippedInWalk)) {
            return -1;
        }
        return 1;
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }

    private static long nonBlankLines(Path file) throws IOException {
        long n = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    n++;
                }
            }
        }
        return n;
    }
}
