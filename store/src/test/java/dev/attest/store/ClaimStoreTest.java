package dev.attest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attest.core.extract.ClaimExtractor;
import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.ArticleClaims;
import dev.attest.core.model.Claim;
import dev.attest.core.model.ClaimType;
import dev.attest.core.model.Dispute;
import dev.attest.core.model.Hedge;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Provenance;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimStoreTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    @TempDir
    Path dir;

    /**
     * A stand-in for the MiniLM extractor: one claim per statement, check-worthy when it holds a digit, a vector
     * that is the bag of its words hashed into 64 dimensions (so same words give cosine 1), a dispute of the first
     * statement when the article says "no credible reports", a distancing hedge on "claimed".
     */
    private static final class WordClaims implements ClaimExtractor {
        private final String model;

        WordClaims(String model) {
            this.model = model;
        }

        @Override
        public ArticleClaims extract(Ledger ledger) {
            String text = ledger.article().text();
            List<Claim> claims = new ArrayList<>();
            Map<String, float[]> vectors = new LinkedHashMap<>();
            for (Statement s : ledger.statements()) {
                String id = "c" + (claims.size() + 1);
                boolean numeric = s.contentText().chars().anyMatch(Character::isDigit);
                List<Hedge> hedges = new ArrayList<>();
                int claimed = text.indexOf("claimed");
                if (claimed >= 0 && s.cue() != null && s.cue().start() <= claimed && claimed < s.cue().end()) {
                    hedges.add(new Hedge(new Span(claimed, claimed + 7), "claimed", Hedge.DISTANCING));
                }
                claims.add(new Claim(id, s.content(), s.contentText(), numeric ? ClaimType.QUANTITY : ClaimType.OTHER,
                        numeric ? 0.9 : 0.2, numeric, s.id(), s.speaker() == null ? null : s.speaker().name(), hedges,
                        new Provenance("test:statement", 1.0)));
                if (numeric) {
                    vectors.put(id, bagOfWords(s.contentText()));
                }
            }
            List<Dispute> disputes = new ArrayList<>();
            int cue = text.indexOf("no credible reports");
            if (cue >= 0 && !ledger.statements().isEmpty()) {
                int end = text.indexOf('.', cue) + 1;
                int start = text.lastIndexOf('\n', cue) + 1;
                disputes.add(new Dispute("s1", new Span(start, end), text.substring(start, end), "no credible reports", 0.8,
                        new Provenance("test:dispute", 0.8)));
            }
            return new ArticleClaims(claims, disputes, Map.of(), vectors);
        }

        @Override
        public String vectorModel() {
            return model;
        }

        private static float[] bagOfWords(String text) {
            float[] v = new float[64];
            for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
                if (!w.isEmpty()) {
                    v[Math.floorMod(w.hashCode(), 64)] += 1;
                }
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.sqrt(norm);
            }
            return v;
        }
    }

    private static Article article(String id, String outlet, int day, String body) {
        return new Article(id, "Story " + id, "Story " + id + "\n\n" + body + "\n", null,
                "https://" + outlet + "/news/" + id, LocalDate.of(2026, 3, day));
    }

    private static final Article FIRST = article("a1", "daily.example", 1,
            "\"The bridge will cost 40 million dollars to repair,\" Mayor Ana Ruiz said on Monday.\n"
                    + "\"We are proud of this city,\" Ruiz said.");
    private static final Article SECOND = article("a2", "wire.example", 2,
            "Mayor Ana Ruiz claimed that the bridge will cost 40 million dollars to repair.\n"
                    + "There are no credible reports that the bridge is unsafe.");
    private static final Article THIRD = article("a3", "other.example", 3,
            "\"Turnout reached 61 percent in the northern district,\" said election officer Tomas Berg.");

    private void ingest(ClaimExtractor extractor, Article... articles) {
        try (CorpusStore store = CorpusStore.open(dir)) {
            for (Article a : articles) {
                Ledger ledger = PIPELINE.analyze(a);
                store.add(ledger, extractor.extract(ledger), extractor.vectorModel());
            }
            store.commit();
        }
    }

    private static String ref(Article a) {
        return ArticleIdentity.of(a).ref();
    }

    @Test
    void claimsAreCountedListedAndFilteredByCheckWorthiness() {
        ingest(new WordClaims("words/64"), FIRST, SECOND, THIRD);
        try (CorpusStore store = CorpusStore.openReadOnly(dir)) {
            assertThat(store.stats().claims()).isEqualTo(4);
            List<ClaimRow> checkworthy = store.claims(null, ClaimFilter.none().withCheckworthy(true), 10);
            assertThat(checkworthy).extracting(ClaimRow::articleRef).containsExactly(ref(THIRD), ref(SECOND), ref(FIRST));
            assertThat(checkworthy).allMatch(ClaimRow::checkworthy);
            ClaimRow turnout = checkworthy.getFirst();
            assertThat(THIRD.text().substring(turnout.start(), turnout.end())).isEqualTo(turnout.text());
            assertThat(turnout.type()).isEqualTo("quantity");
            assertThat(store.claims("turnout district", ClaimFilter.none(), 10)).extracting(ClaimRow::ref)
                    .containsExactly(turnout.ref());
            assertThat(store.claims(null, ClaimFilter.none().withSpeaker("Ruiz"), 10)).hasSize(3);
        }
    }

    @Test
    void theArticlesOwnDisputeMarksTheStatementAndItsClaim() {
        ingest(new WordClaims("words/64"), FIRST, SECOND);
        try (CorpusStore store = CorpusStore.openReadOnly(dir)) {
            List<ClaimRow> disputed = store.claims(null, ClaimFilter.none().withDisputed(true), 10);
            assertThat(disputed).extracting(ClaimRow::ref).containsExactly(ref(SECOND) + ":c1");
            assertThat(store.search("bridge", StatementFilter.none().withDisputed(true), 10).hits())
                    .extracting(h -> h.statement().ref()).containsExactly(ref(SECOND) + ":s1");
            assertThat(store.search("bridge", StatementFilter.none().withCheckworthy(true), 10).totalMatches()).isEqualTo(2);
            ClaimDetail detail = store.claim(ref(SECOND) + ":c1", ClaimLinkThresholds.DEFAULT, 10).orElseThrow();
            assertThat(detail.disputes()).singleElement().satisfies(d -> {
                assertThat(d.cue()).isEqualTo("no credible reports");
                assertThat(SECOND.text().substring(d.start(), d.end())).isEqualTo(d.evidence());
            });
        }
    }

    @Test
    void theSameClaimInAnotherOutletIsAnAppearanceWithItsStance() {
        ingest(new WordClaims("words/64"), FIRST, SECOND, THIRD);
        try (CorpusStore store = CorpusStore.openReadOnly(dir)) {
            ClaimDetail detail = store.claim(ref(FIRST) + ":c1", ClaimLinkThresholds.DEFAULT, 10).orElseThrow();
            assertThat(detail.embedded()).isTrue();
            assertThat(detail.disputes()).isEmpty();
            assertThat(detail.appearances()).singleElement().satisfies(a -> {
                assertThat(a.claim().articleRef()).isEqualTo(ref(SECOND));
                assertThat(a.claim().outlet()).isEqualTo("wire.example");
                assertThat(a.stance()).isEqualTo("disputed");
                assertThat(a.similarity()).isGreaterThan(ClaimLinkThresholds.DEFAULT.suggest());
                assertThat(a.lexical()).isBetween(0.3, 1.0); // "claimed that" and "Mayor Ana Ruiz" differ; the rest matches
                assertThat(a.cosine()).isBetween(0.5, 1.0);
            });
            ClaimDetail strict = store.claim(ref(FIRST) + ":c1", ClaimLinkThresholds.DEFAULT.withConfirm(0.9999).withSuggest(0.9999), 10).orElseThrow();
            assertThat(strict.appearances()).isEmpty();
            ClaimDetail opinion = store.claim(ref(FIRST) + ":c2", ClaimLinkThresholds.DEFAULT, 10).orElseThrow();
            assertThat(opinion.embedded()).isFalse();
            assertThat(opinion.appearances()).isEmpty();
            assertThat(store.claim(ref(FIRST) + ":c99", ClaimLinkThresholds.DEFAULT, 10)).isEmpty();
        }
    }

    @Test
    void theStoredLedgerJsonCarriesTheClaimsLayerAndDecodesBack() {
        WordClaims extractor = new WordClaims("words/64");
        ingest(extractor, SECOND);
        try (CorpusStore store = CorpusStore.openReadOnly(dir)) {
            assertThat(store.ledgerJson(ref(SECOND)).orElseThrow()).contains("\"claims\":[", "\"disputes\":[", "no credible reports");
            ArticleClaims back = store.articleClaims(ref(SECOND)).orElseThrow();
            ArticleClaims original = extractor.extract(PIPELINE.analyze(SECOND));
            assertThat(back.claims()).isEqualTo(original.claims());
            assertThat(back.disputes()).isEqualTo(original.disputes());
            assertThat(store.ledger(ref(SECOND)).orElseThrow()).isEqualTo(PIPELINE.analyze(SECOND));
        }
    }

    @Test
    void aStoreRefusesClaimVectorsOfASecondModel() {
        ingest(new WordClaims("words/64"), FIRST);
        try (CorpusStore store = CorpusStore.open(dir)) {
            Ledger ledger = PIPELINE.analyze(THIRD);
            assertThatThrownBy(() -> store.add(ledger, new WordClaims("other/64").extract(ledger), "other/64"))
                    .isInstanceOf(StoreException.class).hasMessageContaining("claim vectors of words/64");
        }
    }

    @Test
    void theIngesterStoresClaimsFoundOnItsAnalysisThreads() throws Exception {
        Path input = dir.resolve("in");
        java.nio.file.Files.createDirectories(input);
        java.nio.file.Files.writeString(input.resolve("a.txt"), FIRST.text());
        java.nio.file.Files.writeString(input.resolve("b.txt"), THIRD.text());
        Path storeDir = dir.resolve("store");
        try (CorpusStore store = CorpusStore.open(storeDir)) {
            new Ingester(store, PIPELINE, new WordClaims("words/64"), new dev.attest.ingest.ArticleReader(),
                    IngestOptions.defaults().withThreads(2), IngestListener.silent()).ingest(List.of(input));
            assertThat(store.stats().claims()).isEqualTo(3);
            assertThat(store.claims(null, ClaimFilter.none().withCheckworthy(true), 10)).hasSize(2);
        }
    }
}
