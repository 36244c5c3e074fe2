package dev.attest.spark.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Article;
import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.InputKind;
import dev.attest.spark.input.SourceRecord.ReadArticle;
import dev.attest.spark.input.SourceRecord.ReadFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarcFileSourceTest {
    @TempDir
    Path dir;

    @Test
    void readsHtmlResponsesAndSurvivesBadBodiesCorruptMembersAndATruncatedTail() throws Exception {
        Path file = dir.resolve("crawl.warc.gz");
        TestCrawl crawl = TestCrawl.write(file);

        List<SourceRecord> records = read(file);

        ArticleReader reader = new ArticleReader();
        List<Article> expected = new ArrayList<>();
        for (TestCrawl.Page page : crawl.readablePages()) {
            boolean utf8 = expected.size() != TestCrawl.WINDOWS_1252_PAGE;
            expected.add(utf8 ? reader.read(page.uri(), page.body(), InputKind.HTML).articles().getFirst() : null);
        }
        List<ReadArticle> articles = records.stream().filter(r -> r instanceof ReadArticle).map(r -> (ReadArticle) r).toList();
        assertThat(articles).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            if (i != TestCrawl.WINDOWS_1252_PAGE) { // the embedded reader refuses that page's raw bytes
                assertThat(articles.get(i).article()).isEqualTo(expected.get(i));
            }
        }
        assertThat(articles.get(TestCrawl.WINDOWS_1252_PAGE).article().text()).contains("Café Aurora");
        assertThat(articles).extracting(a -> a.location().offset()).containsExactlyElementsOf(crawl.readableOffsets());

        List<ReadFailure> failures = records.stream().filter(r -> r instanceof ReadFailure).map(r -> (ReadFailure) r).toList();
        assertThat(failures).extracting(f -> f.location().offset(), ReadFailure::stage).containsExactly(
                org.assertj.core.groups.Tuple.tuple(crawl.badUtf8Offset(), FailureStage.DECODE),
                org.assertj.core.groups.Tuple.tuple(crawl.corruptOffset(), FailureStage.WARC),
                org.assertj.core.groups.Tuple.tuple(crawl.truncatedOffset(), FailureStage.WARC));
        assertThat(failures.getFirst().message()).contains("not valid UTF-8");
        assertThat(failures.get(1).message()).contains("corrupt WARC data");
        assertThat(failures).allSatisfy(f -> assertThat(f.location().file()).isEqualTo(file.toString()));
    }

    @Test
    void aPlainWarcResumesAfterAGarbledHeader() throws Exception {
        Path file = dir.resolve("plain.warc");
        TestCrawl crawl = TestCrawl.writePlainWithGarbledHeader(file);
        List<SourceRecord> records = read(file);
        assertThat(records.stream().filter(r -> r instanceof ReadArticle)).hasSize(2);
        assertThat(records.stream().filter(r -> r instanceof ReadFailure))
                .extracting(r -> r.location().offset()).containsExactly(crawl.corruptOffset());
    }

    @Test
    void anEmptyFileHasNoRecords() throws Exception {
        Path file = dir.resolve("empty.warc.gz");
        java.nio.file.Files.write(file, new byte[0]);
        assertThat(read(file)).isEmpty();
    }

    @Test
    void aFileThatIsNotAWarcIsOneFailure() throws Exception {
        Path file = dir.resolve("notes.warc");
        java.nio.file.Files.writeString(file, "these are my notes, not a crawl\n");
        assertThat(read(file)).singleElement().isInstanceOf(ReadFailure.class);
    }

    private static List<SourceRecord> read(Path file) throws Exception {
        FileSystem fs = FileSystem.getLocal(new Configuration());
        WorkUnit unit = WorkUnit.wholeFile(file.toString(), SourceKind.WARC, java.nio.file.Files.size(file));
        List<SourceRecord> records = new ArrayList<>();
        try (RecordSource source = RecordSources.open(fs, unit, new ArticleReader())) {
            source.forEachRemaining(records::add);
        }
        return records;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
