package dev.attest.spark.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Article;
import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.ReadResult;
import dev.attest.bench.CorpusFiles;
import dev.attest.bench.CorpusGenerator;
import dev.attest.spark.input.SourceRecord.ReadArticle;
import dev.attest.spark.input.SourceRecord.ReadFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLinesSourceTest {
    @TempDir
    Path dir;

    /** Every split size must yield exactly the whole-file reader's articles and bad lines, each once, in order. */
    @ParameterizedTest
    @ValueSource(longs = {1 << 20, 4000, 997, 64})
    void rangesTogetherReadExactlyWhatTheWholeFileReaderReads(long splitBytes) throws Exception {
        Path file = dir.resolve("news.jsonl");
        List<String> lines = new ArrayList<>();
        for (Article a : new CorpusGenerator(3).articles(0, 12)) {
            lines.add(CorpusFiles.jsonLine(a));
        }
        lines.add(3, "");
        lines.add(5, "{\"id\": \"broken\", \"text\": ");
        lines.add(7, "{\"title\": \"no id\", \"text\": \"The mayor said the bridge would stay open.\"}");
        lines.add("   ");
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);

        ReadResult whole = new ArticleReader().read(file);
        List<SourceRecord> records = readInRanges(file, splitBytes);

        List<Article> articles = records.stream().filter(r -> r instanceof ReadArticle)
                .map(r -> ((ReadArticle) r).article()).toList();
        assertThat(articles).containsExactlyElementsOf(whole.articles());
        List<String> failures = records.stream().filter(r -> r instanceof ReadFailure)
                .map(r -> r.location().toString() + ": " + ((ReadFailure) r).message()).toList();
        assertThat(failures).containsExactlyElementsOf(whole.errors());
        assertThat(articles).anySatisfy(a -> assertThat(a.id()).isEqualTo(file + "#8"));
    }

    /** Duplicates are found within a range only: a range cannot see the rest of the file (see spark/README.md). */
    @Test
    void aRepeatedIdWithinARangeIsABadLine() throws Exception {
        Path file = dir.resolve("dup.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"a\",\"text\":\"Two.\"}\n");
        List<SourceRecord> records = readInRanges(file, 1 << 20);
        assertThat(records.get(1)).isInstanceOfSatisfying(ReadFailure.class, f -> assertThat(f.message())
                .isEqualTo("duplicate id \"a\" (first on line 1)"));
    }

    @Test
    void keysAreLineLocations() throws Exception {
        Path file = dir.resolve("two.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"One.\"}\n\n{\"id\":\"b\",\"text\":\"Two.\"}\n");
        List<SourceRecord> records = readInRanges(file, 1 << 20);
        assertThat(records).extracting(r -> ((ReadArticle) r).key()).containsExactly(file + ":1", file + ":3");
        assertThat(records).extracting(r -> r.location().offset()).containsExactly(0L, 26L);
    }

    private static List<SourceRecord> readInRanges(Path file, long splitBytes) throws Exception {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        FileStatus status = fs.getFileStatus(new org.apache.hadoop.fs.Path(file.toString()));
        byte[] bytes = Files.readAllBytes(file);
        ArticleReader reader = new ArticleReader();
        List<SourceRecord> records = new ArrayList<>();
        for (WorkUnit unit : InputPlanner.units(List.of(status), splitBytes)) {
            try (RecordSource source = JsonLinesSource.open(fs, unit.startingAtLine(firstLine(bytes, unit.start())), reader)) {
                source.forEachRemaining(records::add);
            }
        }
        return records;
    }

    /** The number of the first line starting at or after {@code start}, counted the slow obvious way. */
    private static long firstLine(byte[] bytes, long start) {
        long line = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (i >= start && (i == 0 || bytes[i - 1] == '\n')) {
                return line;
            }
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
