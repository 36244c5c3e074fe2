package dev.attest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.Ledger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStoreTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    @TempDir
    Path dir;

    @Test
    void aStoredLedgerComesBackEqualAfterReopening() {
        Ledger original = PIPELINE.analyze(FixtureArticles.article(3));
        assertThat(original.statements()).hasSize(2);
        try (CorpusStore store = CorpusStore.open(dir)) {
            assertThat(store.add(original)).isEqualTo(Presence.NEW);
            store.commit();
        }
        try (CorpusStore store = CorpusStore.openReadOnly(dir)) {
            String ref = ArticleIdentity.of(original.article()).ref();
            assertThat(store.ledger(ref)).contains(original);
            assertThat(store.ledgerJson(ref).orElseThrow()).startsWith("{\"schema\":\"1\",\"id\":\"fixture-3\"");
            assertThat(store.stats()).isEqualTo(new CorpusStats(1, 2, 0, 1, 0, 0));
            List<StatementRow> rows = exportAll(store);
            assertThat(rows).extracting(StatementRow::ref).containsExactly(ref + ":s1", ref + ":s2");
            StatementRow first = rows.getFirst();
            assertThat(first.speaker()).isEqualTo("Marcus Lindqvist");
            assertThat(first.outlet()).isEqualTo("harborledger.example");
            assertThat(first.published()).isEqualTo(original.article().published());
            assertThat(original.article().text().substring(first.start(), first.end())).isEqualTo(first.content());
        }
    }

    @Test
    void theSameUrlIsStoredOnceAndTheFirstVersionWins() {
        Article first = FixtureArticles.article(1);
        Article sameUrlOtherText = new Article("other", "Changed", first.text() + "\nA correction was appended.\n",
                "elsewhere", first.url().replace("https://", "http://").toUpperCase().replace("/STORY/", "/story/") + "/#top", null);
        try (CorpusStore store = CorpusStore.open(dir)) {
            assertThat(store.add(PIPELINE.analyze(first))).isEqualTo(Presence.NEW);
            assertThat(store.add(PIPELINE.analyze(sameUrlOtherText))).isEqualTo(Presence.ALREADY_STORED); // staged, not committed
            store.commit();
            assertThat(store.add(PIPELINE.analyze(sameUrlOtherText))).isEqualTo(Presence.ALREADY_STORED); // committed
            store.commit();
            assertThat(store.stats().articles()).isEqualTo(1);
            assertThat(store.ledger(ArticleIdentity.of(first).ref()).orElseThrow().article().id()).isEqualTo("fixture-1");
        }
    }

    @Test
    void theSameTextUnderAnotherUrlBecomesACopyNotASecondArticle() {
        Article original = FixtureArticles.article(2);
        Article wireCopy = new Article("copy", original.title(), "  " + original.text().toUpperCase().replace("\n\n", "\n \n") + "\n",
                "other-feed", "https://www.mirror.example/reprint/2", original.published());
        Article noUrlCopy = new Article("file-copy", null, original.text(), "copy.txt", null, null);
        try (CorpusStore store = CorpusStore.open(dir)) {
            store.add(PIPELINE.analyze(original));
            assertThat(store.presence(wireCopy)).isEqualTo(Presence.DUPLICATE_TEXT);
            assertThat(store.addCopy(wireCopy)).isEqualTo(Presence.DUPLICATE_TEXT);
            store.commit();
            assertThat(store.add(PIPELINE.analyze(noUrlCopy))).isEqualTo(Presence.DUPLICATE_TEXT);
            store.commit();
            // a copy's key is stored now, so a rerun sees it as done
            assertThat(store.presence(wireCopy)).isEqualTo(Presence.ALREADY_STORED);
            assertThat(store.presence(noUrlCopy)).isEqualTo(Presence.ALREADY_STORED);
            assertThat(store.stats()).isEqualTo(new CorpusStats(1, 2, 0, 1, 0, 2));
        }
    }

    @Test
    void addingEverythingAgainAfterReopeningChangesNothing() {
        List<Ledger> ledgers = FixtureArticles.articles(12).stream().map(PIPELINE::analyze).toList();
        CorpusStats first;
        try (CorpusStore store = CorpusStore.open(dir)) {
            ledgers.forEach(store::add);
            store.commit();
            first = store.stats();
        }
        try (CorpusStore store = CorpusStore.open(dir)) {
            assertThat(ledgers).allSatisfy(l -> assertThat(store.add(l)).isEqualTo(Presence.ALREADY_STORED));
            store.commit();
            // 4 links: the fixture has 8 topics, so articles n and n + 8 (n < 4) carry the same quote
            assertThat(store.stats()).isEqualTo(first).isEqualTo(new CorpusStats(12, 24, 0, 5, 4, 0));
        }
    }

    @Test
    void closingCommitsWhatWasStaged() {
        try (CorpusStore store = CorpusStore.open(dir)) {
            store.add(PIPELINE.analyze(FixtureArticles.article(0)));
        }
        try (CorpusStore store = CorpusStore.openReadOnly(dir)) {
            assertThat(store.stats().articles()).isEqualTo(1);
        }
    }

    @Test
    void aReadOnlyStoreSeesLaterCommitsOfTheWriter() {
        try (CorpusStore writer = CorpusStore.open(dir); CorpusStore reader = CorpusStore.openReadOnly(dir)) {
            assertThat(reader.stats().articles()).isZero();
            writer.add(PIPELINE.analyze(FixtureArticles.article(0)));
            assertThat(reader.stats().articles()).isZero();
            writer.commit();
            assertThat(reader.stats().articles()).isEqualTo(1);
        }
    }

    @Test
    void aSecondWriterIsRefusedWithOneLine() {
        try (CorpusStore first = CorpusStore.open(dir)) {
            assertThatThrownBy(() -> CorpusStore.open(dir))
                    .isInstanceOf(StoreException.class)
                    .hasMessageStartingWith(dir + ": another process is writing this store")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void openingAMissingStoreForQueriesSaysHowToCreateOne() {
        Path missing = dir.resolve("nothing-here");
        assertThatThrownBy(() -> CorpusStore.openReadOnly(missing))
                .isInstanceOf(StoreException.class)
                .hasMessage(missing + ": no store here; run `attest ingest SOURCE... --store " + missing + "` first");
        assertThatThrownBy(() -> CorpusStore.openReadOnly(dir))
                .hasMessage(dir + ": not an Attest store (no index in this directory)");
    }

    @Test
    void aNonEmptyDirectoryThatIsNoStoreIsLeftAlone() throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> CorpusStore.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessage(dir + ": not an Attest store and not empty; give a new or empty directory");
        assertThat(dir.toFile().list()).containsExactly("notes.txt");
    }

    @Test
    void aStoreKeepsTheVectorsOfOneModelOnly() {
        try (CorpusStore store = CorpusStore.open(dir, new LetterVectorizer())) {
            store.add(PIPELINE.analyze(FixtureArticles.article(0)));
        }
        assertThatThrownBy(() -> CorpusStore.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("store holds vectors of letters/4, cannot add vectors of none/0");
        try (CorpusStore store = CorpusStore.open(dir, new LetterVectorizer())) {
            assertThat(store.stats().statements()).isEqualTo(2);
        }
    }

    @Test
    void vectorsOfAVectorizerAreSearchableByNearestNeighbour() {
        Vectorizer topics = new TopicVectorizer();
        try (CorpusStore store = CorpusStore.open(dir, topics)) {
            FixtureArticles.articles(16).forEach(a -> store.add(PIPELINE.analyze(a)));
        }
        try (CorpusStore store = CorpusStore.openReadOnly(dir, topics)) {
            SearchResult near = store.nearest("what happens with the flood barrier", StatementFilter.none(), 4);
            assertThat(near.hits()).hasSize(4).allSatisfy(h -> assertThat(h.statement().content()).contains("flood barrier"));
            SearchResult direct = store.nearest("flood barrier", StatementFilter.none().withKind(dev.attest.core.model.StatementKind.DIRECT), 10);
            assertThat(direct.hits()).isNotEmpty().allSatisfy(h -> assertThat(h.statement().kind()).isEqualTo("direct"));
        }
        try (CorpusStore store = CorpusStore.openReadOnly(dir)) {
            assertThatThrownBy(() -> store.nearest("flood", StatementFilter.none(), 3)).isInstanceOf(IllegalStateException.class);
        }
    }

    /** A toy embedding with one dimension per fixture topic, so nearest neighbours are predictable. */
    private static final class TopicVectorizer implements Vectorizer {
        @Override
        public String name() {
            return "topics";
        }

        @Override
        public int dimensions() {
            return FixtureArticles.TOPICS.size();
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return texts.stream().map(t -> {
                float[] v = new float[dimensions()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = t.contains(FixtureArticles.TOPICS.get(i).replace("the ", "")) ? 1 : 0.01f;
                }
                return v;
            }).toList();
        }
    }

    /** A toy embedding: counts of four letters, enough to exercise the vector seam. */
    private static final class LetterVectorizer implements Vectorizer {
        @Override
        public String name() {
            return "letters";
        }

        @Override
        public int dimensions() {
            return 4;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return texts.stream().map(t -> new float[] {
                    1 + t.chars().filter(c -> c == 'a').count(), t.chars().filter(c -> c == 'e').count(),
                    t.chars().filter(c -> c == 'i').count(), t.chars().filter(c -> c == 'o').count()}).toList();
        }
    }

    private static List<StatementRow> exportAll(CorpusStore store) {
        List<StatementRow> rows = new java.util.ArrayList<>();
        store.export(null, StatementFilter.none(), rows::add);
        return rows;
    }
}
