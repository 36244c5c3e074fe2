package dev.attest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.attest.claims.ClaimAnalysis;
import dev.attest.core.model.Article;
import dev.attest.core.model.Claim;
import dev.attest.core.model.Dispute;
import dev.attest.core.model.Entity;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Speaker;
import dev.attest.core.model.Statement;
import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.InputKind;
import dev.attest.ingest.ReadResult;
import dev.attest.bench.ArticleHtml;
import dev.attest.bench.CorpusFiles;
import dev.attest.bench.CorpusGenerator;
import dev.attest.spark.input.TestCrawl;
import dev.attest.spark.tables.Tables;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job in local[2] over JSON lines, a damaged WARC.gz and a folder of text and HTML files, checked
 * against the embedded pipeline and claim analyzer run on the same articles.
 */
class AttestSparkJobTest {
    private static final String SHARED_QUOTE = "We will not raise fares for the people who ride our buses every day";

    @TempDir
    static Path dir;
    private static SparkSession spark;
    private static Path input;
    private static Path output;
    private static TestCrawl crawl;
    private static JobSummary firstRun;
    private static List<Article> expectedArticles;

    /** A pipeline that breaks on two planted articles, as a pathological article would. */
    static Ledger analyzeOrBreak(Article article) {
        return switch (article.id()) {
            case "boom" -> throw new IllegalStateException("planted failure");
            case "deep" -> throw new StackOverflowError();
            default -> PipelineHolder.pipeline().analyze(article);
        };
    }

    /** The standard claim analyzer, except on one planted article. */
    static ClaimAnalysis claimsOrBreak(Ledger ledger) {
        if (ledger.article().id().equals("claims-boom")) {
            throw new IllegalStateException("planted claims failure");
        }
        return ClaimAnalyzerHolder.analyzer().analyze(ledger);
    }

    @BeforeAll
    static void runJobOnce() throws Exception {
        input = Files.createDirectories(dir.resolve("in"));
        output = dir.resolve("out");
        writeJsonLines(input.resolve("news.jsonl"));
        crawl = TestCrawl.write(input.resolve("crawl.warc.gz"));
        writeDocuments(Files.createDirectories(input.resolve("docs")));
        expectedArticles = embeddedArticles();
        spark = LocalSpark.session();
        firstRun = runJob();
    }

    private static JobSummary runJob() throws IOException {
        return new AttestSparkJob(spark, AttestSparkJobTest::analyzeOrBreak, AttestSparkJobTest::claimsOrBreak)
                .run(JobOptions.parse("--input", input.toString(), "--output", output.toString()));
    }

    @Test
    void articlesAreTheEmbeddedReadersArticles() {
        List<Row> rows = table(Tables.ARTICLES);
        assertThat(rows).extracting(r -> r.getAs("article_id"))
                .containsExactlyInAnyOrderElementsOf(expectedArticles.stream().map(Article::id).toList());
        Map<String, String> textById = rows.stream().collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r.getAs("text")));
        for (Article article : expectedArticles) {
            assertThat(textById.get(article.id())).as(article.id()).isEqualTo(article.text());
        }
        assertThat(firstRun.articles()).isEqualTo(expectedArticles.size());
    }

    @Test
    void statementsEqualTheEmbeddedPipelinesOutput() {
        Set<String> expected = new HashSet<>();
        for (Article article : expectedArticles) {
            for (Statement s : PipelineHolder.pipeline().analyze(article).statements()) {
                expected.add(describe(article.id(), s));
            }
        }
        Set<String> actual = table(Tables.STATEMENTS).stream().map(AttestSparkJobTest::describe).collect(Collectors.toSet());
        assertThat(expected).hasSizeGreaterThan(200);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(firstRun.statements()).isEqualTo(expected.size());
    }

    @Test
    void speakersAreTheLedgersEntities() {
        Set<String> expected = new HashSet<>();
        for (Article article : expectedArticles) {
            Ledger ledger = PipelineHolder.pipeline().analyze(article);
            for (Entity e : ledger.entities()) {
                long said = ledger.statements().stream()
                        .filter(s -> s.speaker() != null && e.id().equals(s.speaker().entityId())).count();
                expected.add(String.join("|", article.id(), e.id(), e.name(), e.kind().name().toLowerCase(Locale.ROOT),
                        String.valueOf(e.named()), String.valueOf(e.mentions().size()), String.valueOf(said)));
            }
        }
        Set<String> actual = table(Tables.SPEAKERS).stream().map(r -> String.join("|", r.getAs("article_id"),
                r.getAs("entity_id"), r.getAs("name"), r.getAs("kind"), String.valueOf((boolean) r.getAs("named")),
                String.valueOf((int) r.getAs("mention_count")), String.valueOf((int) r.getAs("statement_count"))))
                .collect(Collectors.toSet());
        assertThat(actual).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void claimsEqualTheEmbeddedClaimAnalyzersOutput() {
        Set<String> expected = new HashSet<>();
        embeddedClaims().forEach((id, analysis) -> analysis.claims().forEach(c -> expected.add(describeClaim(id, c))));
        Set<String> actual = table(Tables.CLAIMS).stream().map(AttestSparkJobTest::describeClaim).collect(Collectors.toSet());
        assertThat(expected).hasSizeGreaterThan(200);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(actual).anyMatch(c -> c.contains("|hedges:") && !c.endsWith("|hedges:"));
        assertThat(firstRun.claims()).isEqualTo(expected.size());
    }

    @Test
    void disputesEqualTheEmbeddedClaimAnalyzersOutput() {
        Set<String> expected = new HashSet<>();
        embeddedClaims().forEach((id, analysis) -> analysis.disputes().forEach(d -> expected.add(describe(id, d))));
        Set<String> actual = table(Tables.DISPUTES).stream().map(r -> String.join("|", r.getAs("article_id"),
                r.getAs("target_id"), r.getAs("evidence_start") + "-" + r.getAs("evidence_end"), r.getAs("evidence_text"),
                r.getAs("cue"), String.valueOf((Object) r.getAs("confidence")), r.getAs("rule"))).collect(Collectors.toSet());
        assertThat(expected).anyMatch(d -> d.startsWith("dispute|") && d.contains("|Despite that|"));
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(firstRun.disputes()).isEqualTo(expected.size());
    }

    @Test
    void aClaimAnalyzerFailureKeepsTheArticlesStatementsAndIsAnError() {
        Row article = table(Tables.ARTICLES).stream().filter(r -> r.getAs("article_id").equals("claims-boom")).findFirst()
                .orElseThrow();
        assertThat((int) article.getAs("statement_count")).isPositive();
        assertThat((Object) article.getAs("claim_count")).isNull();
        assertThat(table(Tables.STATEMENTS)).anyMatch(r -> r.getAs("article_id").equals("claims-boom"));
        assertThat(table(Tables.CLAIMS)).noneMatch(r -> r.getAs("article_id").equals("claims-boom"));
        assertThat(table(Tables.ERRORS)).filteredOn(r -> "claims".equals(r.getAs("stage")))
                .extracting(r -> r.getAs("article_id"), r -> r.getAs("message"))
                .containsExactly(tuple("claims-boom", "IllegalStateException: planted claims failure"));
    }

    @Test
    void badRecordsAreErrorsWithTheirLocationAndTheJobSucceeds() {
        String jsonl = input.resolve("news.jsonl").toString();
        String warc = input.resolve("crawl.warc.gz").toString();
        List<Row> errors = table(Tables.ERRORS);
        assertThat(errors).extracting(r -> r.getAs("source_file"), r -> r.getAs("source_line"), r -> r.getAs("source_offset"),
                r -> r.getAs("stage"), r -> r.getAs("article_id")).containsExactlyInAnyOrder(
                tuple(jsonl, 3L, lineOffset(3), "read", null),
                tuple(jsonl, 6L, lineOffset(6), "read", null),
                tuple(jsonl, 9L, lineOffset(9), "analyze", "boom"),
                tuple(jsonl, 10L, lineOffset(10), "analyze", "deep"),
                tuple(jsonl, (long) JSON_LINES.size(), lineOffset(JSON_LINES.size()), "claims", "claims-boom"),
                tuple(warc, null, crawl.badUtf8Offset(), "decode", null),
                tuple(warc, null, crawl.corruptOffset(), "warc", null),
                tuple(warc, null, crawl.truncatedOffset(), "warc", null));
        assertThat(errors).filteredOn(r -> "analyze".equals(r.getAs("stage")))
                .extracting(r -> r.getAs("message"), r -> r.getAs(Tables.DATE))
                .containsExactlyInAnyOrder(tuple("IllegalStateException: planted failure", "2026-02-03"),
                        tuple("StackOverflowError", Tables.UNKNOWN_DATE));
        assertThat(errors).extracting(r -> (String) r.getAs("location"))
                .contains(jsonl + ":3", warc + "@" + crawl.corruptOffset());
    }

    @Test
    void tablesArePartitionedByPublishedDate() throws IOException {
        try (Stream<Path> partitions = Files.list(output.resolve(Tables.ARTICLES))) {
            List<String> names = partitions.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("date=")).toList();
            assertThat(names).contains("date=unknown", "date=2026-02-03");
        }
        assertThat(table(Tables.ARTICLES)).allSatisfy(r -> {
            Object published = r.getAs("published");
            assertThat((String) r.getAs(Tables.DATE)).isEqualTo(published == null ? Tables.UNKNOWN_DATE : published.toString());
        });
    }

    @Test
    void theSameQuoteIsLinkedAcrossArticles() {
        List<Row> links = table(Tables.QUOTE_LINKS);
        Map<String, Row> byArticle = links.stream().filter(r -> ((String) r.getAs("article_id")).startsWith("link-"))
                .collect(Collectors.toMap(r -> r.getAs("article_id"), r -> r));
        assertThat(byArticle).containsOnlyKeys("link-a", "link-b", "link-c");
        assertThat(byArticle.values()).extracting(r -> (String) r.getAs("cluster_id"))
                .containsOnly((String) byArticle.get("link-a").getAs("cluster_id"));
        assertThat((String) byArticle.get("link-b").getAs("match")).isEqualTo("exact");
        assertThat((String) byArticle.get("link-c").getAs("match")).isEqualTo("near");
        assertThat(links).allSatisfy(r -> assertThat((long) r.getAs("cluster_articles")).isGreaterThanOrEqualTo(2));
        assertThat(firstRun.quoteLinks()).isEqualTo(links.size());
    }

    @Test
    void aRerunOverTheSameOutputIsIdempotent() throws IOException {
        Map<String, Set<String>> before = snapshot();
        JobSummary second = runJob();
        assertThat(second).usingRecursiveComparison().ignoringFields("analyseSeconds", "analyseCpuSeconds", "linkSeconds").isEqualTo(firstRun);
        assertThat(snapshot()).isEqualTo(before);
    }

    private static Map<String, Set<String>> snapshot() {
        return Stream.of(Tables.ARTICLES, Tables.STATEMENTS, Tables.SPEAKERS, Tables.CLAIMS, Tables.DISPUTES, Tables.ERRORS,
                        Tables.QUOTE_LINKS)
                .collect(Collectors.toMap(t -> t, t -> table(t).stream().map(Row::toString).collect(Collectors.toSet())));
    }

    private static List<Row> table(String name) {
        return new TableWriter(spark, output.toString()).read(name).collectAsList();
    }

    /** The embedded claim analyzer's output per article id, the planted claims failure excluded. */
    private static Map<String, ClaimAnalysis> embeddedClaims() {
        return expectedArticles.stream().filter(a -> !a.id().equals("claims-boom")).collect(Collectors.toMap(Article::id,
                a -> ClaimAnalyzerHolder.analyzer().analyze(PipelineHolder.pipeline().analyze(a))));
    }

    private static String describeClaim(String articleId, Claim c) {
        return String.join("|", articleId, c.id(), String.valueOf(c.statementId()), String.valueOf(c.speaker()), c.text(),
                c.span().start() + "-" + c.span().end(), c.type().label(), String.valueOf(c.checkworthiness()),
                String.valueOf(c.checkworthy()), c.provenance().rule() + "/" + c.provenance().confidence(),
                "hedges:" + c.hedges().stream().map(h -> h.cue().start() + "-" + h.cue().end() + "/" + h.cueText() + "/" + h.kind())
                        .collect(Collectors.joining(",")));
    }

    private static String describeClaim(Row r) {
        List<Row> hedges = r.getList(r.fieldIndex("hedges"));
        return String.join("|", r.getAs("article_id"), r.getAs("claim_id"), String.valueOf((Object) r.getAs("statement_id")),
                String.valueOf((Object) r.getAs("speaker")), r.getAs("text"), r.getAs("span_start") + "-" + r.getAs("span_end"),
                r.getAs("type"), String.valueOf((Object) r.getAs("checkworthiness")), String.valueOf((Object) r.getAs("checkworthy")),
                r.getAs("rule") + "/" + r.getAs("confidence"),
                "hedges:" + hedges.stream().map(h -> h.getAs("cue_start") + "-" + h.getAs("cue_end") + "/" + h.getAs("cue_text")
                        + "/" + h.getAs("kind")).collect(Collectors.joining(",")));
    }

    private static String describe(String articleId, Dispute d) {
        return String.join("|", articleId, d.targetId(), d.evidence().start() + "-" + d.evidence().end(), d.evidenceText(),
                d.cue(), String.valueOf(d.confidence()), d.provenance().rule());
    }

    private static String describe(String articleId, Statement s) {
        Speaker sp = s.speaker();
        boolean mention = sp != null && sp.mention() != null;
        return String.join("|", articleId, s.id(), s.kind().label(), s.content().start() + "-" + s.content().end(),
                s.contentText(), s.cue() == null ? "-" : s.cue().start() + "-" + s.cue().end(), String.valueOf(s.cueText()),
                String.valueOf(s.channel().label()), sp == null ? "-" : sp.name() + "/" + sp.named() + "/" + sp.entityId(),
                mention ? sp.mention().span().start() + "-" + sp.mention().span().end() + "/" + sp.mention().text()
                        + "/" + sp.mention().type().name().toLowerCase(Locale.ROOT) : "-",
                sp == null ? "-" : sp.attribution().rule() + "/" + sp.attribution().confidence(),
                s.provenance().rule() + "/" + s.provenance().confidence());
    }

    private static String describe(Row r) {
        Object cueStart = r.getAs("cue_start");
        Object speaker = r.getAs("speaker_name");
        Object mentionStart = r.getAs("speaker_mention_start");
        return String.join("|", r.getAs("article_id"), r.getAs("statement_id"), r.getAs("kind"),
                r.getAs("content_start") + "-" + r.getAs("content_end"), r.getAs("content_text"),
                cueStart == null ? "-" : cueStart + "-" + r.getAs("cue_end"), String.valueOf((Object) r.getAs("cue_text")),
                String.valueOf((Object) r.getAs("channel")),
                speaker == null ? "-" : speaker + "/" + r.getAs("speaker_named") + "/" + r.getAs("speaker_entity_id"),
                mentionStart == null ? "-" : mentionStart + "-" + r.getAs("speaker_mention_end") + "/"
                        + r.getAs("speaker_mention_text") + "/" + r.getAs("speaker_mention_type"),
                speaker == null ? "-" : r.getAs("speaker_rule") + "/" + r.getAs("speaker_confidence"),
                r.getAs("rule") + "/" + r.getAs("confidence"));
    }

    // ---- inputs ----

    private static final List<String> JSON_LINES = new ArrayList<>();

    private static void writeJsonLines(Path file) throws IOException {
        List<String> lines = JSON_LINES;
        lines.clear();
        for (Article a : new CorpusGenerator(5).articles(0, 24)) {
            lines.add(CorpusFiles.jsonLine(a));
        }
        lines.add(2, "{\"id\": \"cut-off\", \"text\": \"The mayor sa");                         // line 3
        lines.add(5, "{\"id\": \"numeric\", \"text\": 42}");                                     // line 6
        lines.add(7, "");                                                                        // line 8
        lines.add(8, "{\"id\": \"boom\", \"published\": \"2026-02-03\", \"text\": \"“It breaks,” she said.\"}"); // line 9
        lines.add(9, "{\"id\": \"deep\", \"text\": \"“It recurses,” he said.\"}");                // line 10
        lines.add("{\"id\": \"link-a\", \"text\": \"Mayor Elena Vasquez spoke on Monday.\\n\\n“" + SHARED_QUOTE
                + ",” Vasquez said.\"}");
        lines.add("{\"id\": \"link-b\", \"title\": \"Fares\", \"published\": \"2026-02-03\", \"text\": \"“" + SHARED_QUOTE
                + ",” said Daniel Okafor, the transit director.\"}");
        lines.add("{\"id\": \"link-c\", \"text\": \"“" + SHARED_QUOTE + " this year,” Priya Raman said.\"}");
        lines.add("{\"id\": \"dispute\", \"text\": \"Police records describe the protest as peaceful. Despite that, Mayor"
                + " Ann Lee described the protesters as “violent rioters who burned the city.”\"}");
        lines.add("{\"id\": \"claims-boom\", \"text\": \"“Taxes will fall by ten percent next year,” the treasurer said.\"}"); // last
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static long lineOffset(int line) {
        long offset = 0;
        for (int i = 0; i < line - 1; i++) {
            offset += JSON_LINES.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return offset;
    }

    private static void writeDocuments(Path docs) throws IOException {
        List<Article> articles = new CorpusGenerator(6).articles(0, 2);
        Files.writeString(docs.resolve("story.txt"), articles.getFirst().title() + "\n\n" + articles.getFirst().text());
        Files.writeString(docs.resolve("page.html"), ArticleHtml.render(articles.get(1)));
        Files.writeString(docs.resolve(".draft.txt"), "Hidden files are not inputs, the editor said.");
    }

    /** What the embedded reader yields for the same inputs; the planted failures excluded. */
    private static List<Article> embeddedArticles() throws Exception {
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        ReadResult jsonl = reader.read(input.resolve("news.jsonl"));
        assertThat(jsonl.errors()).hasSize(2);
        jsonl.articles().stream().filter(a -> !a.id().equals("boom") && !a.id().equals("deep")).forEach(articles::add);
        for (int i = 0; i < crawl.readablePages().size(); i++) {
            TestCrawl.Page page = crawl.readablePages().get(i);
            byte[] body = i == TestCrawl.WINDOWS_1252_PAGE
                    ? new String(page.body(), Charset.forName("windows-1252")).getBytes(StandardCharsets.UTF_8)
                    : page.body();
            articles.addAll(reader.read(page.uri(), body, InputKind.HTML).articles());
        }
        articles.addAll(reader.read(input.resolve("docs/story.txt")).articles());
        articles.addAll(reader.read(input.resolve("docs/page.html")).articles());
        return articles;
    }
}
