package dev.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Statement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteLinksTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    @TempDir
    Path dir;

    private static Article article(String url, String date, String text) {
        return new Article(url, null, text, url, url, LocalDate.parse(date));
    }

    private static final Article GAZETTE = article("https://gazette.example/bridge", "2026-03-02",
            "\u201cWe are on schedule and on budget for the harbor bridge,\u201d Mayor Elena Vasquez said on Monday.\n"
                    + "\u201cNo comment,\u201d the contractor said.");
    private static final Article WIRE = article("https://wire.example/bridge", "2026-03-03",
            "\"We are ON schedule -- and on budget,\" Vasquez told reporters in the harbor city.\n"
                    + "The work started in 2024.");
    private static final Article RADIO = article("https://radio.example/bridge", "2026-03-04",
            "The mayor, Elena Vasquez, said that the city was \u201con schedule and on budget for the harbor bridge\u201d despite the storms.");
    private static final Article OTHER = article("https://other.example/parks", "2026-03-04",
            "\u201cWe are on schedule with the park,\u201d Parks director Tom Reyes said.\n"
                    + "\u201cNo comment,\u201d a spokesman said.");

    @Test
    void linksTheSameQuoteAcrossOutletsWhateverItsPunctuationAndLength() {
        try (CorpusStore store = CorpusStore.open(dir)) {
            for (Article a : List.of(GAZETTE, WIRE, RADIO, OTHER)) {
                store.add(PIPELINE.analyze(a));
            }
            store.commit();

            // wire and radio quote different parts of the gazette's quote: each links to it, not to each other
            assertThat(store.stats().links()).as("gazette-wire, gazette-radio").isEqualTo(2);
            String gazetteQuote = refOf(store, GAZETTE, "schedule");
            QuoteAppearances found = store.quote(gazetteQuote).orElseThrow();

            assertThat(found.statement().speaker()).isEqualTo("Elena Vasquez");
            assertThat(found.appearances()).extracting(a -> a.statement().outlet(), QuoteAppearances.Appearance::form)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("wire.example", QuoteAppearances.Form.SHORTER),
                            org.assertj.core.groups.Tuple.tuple("radio.example", QuoteAppearances.Form.SHORTER));
            QuoteAppearances wire = store.quote(refOf(store, WIRE, "schedule")).orElseThrow();
            assertThat(wire.appearances()).extracting(a -> a.statement().outlet(), QuoteAppearances.Appearance::form)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("gazette.example", QuoteAppearances.Form.LONGER));
        }
    }

    @Test
    void shortQuotesAndQuotesOfTheSameArticleAreNotLinked() {
        try (CorpusStore store = CorpusStore.open(dir)) {
            store.add(PIPELINE.analyze(GAZETTE));
            store.add(PIPELINE.analyze(OTHER));
            store.commit();

            assertThat(store.stats().links()).isZero(); // "No comment" is too short, "We are on schedule with the park" differs
            assertThat(store.quote(refOf(store, OTHER, "park")).orElseThrow().appearances()).isEmpty();
            assertThat(store.quote("0000000000000000:s1")).isEmpty();
        }
    }

    @Test
    void aLaterArticleLinksToAStoredOneAfterReopening() {
        try (CorpusStore store = CorpusStore.open(dir)) {
            store.add(PIPELINE.analyze(GAZETTE));
        }
        try (CorpusStore store = CorpusStore.open(dir)) {
            store.add(PIPELINE.analyze(WIRE));
            store.commit();
        }
        try (CorpusStore store = CorpusStore.openReadOnly(dir)) {
            assertThat(store.stats().links()).isEqualTo(1);
        }
    }

    @Test
    void aQuoteEveryOutletCarriesIsCountedPairwiseWithoutStoringEveryPair() {
        int outlets = 400;
        try (CorpusStore store = CorpusStore.open(dir)) {
            for (int i = 0; i < outlets; i++) {
                store.add(PIPELINE.analyze(wireQuoteIn(i)));
            }
            store.commit();
            assertThat(store.stats().links()).isEqualTo((long) outlets * (outlets - 1) / 2);
            String ref = refOf(store, wireQuoteIn(7), "schedule");
            assertThat(store.quote(ref).orElseThrow().appearances()).hasSize(outlets - 1);
        }
    }

    @Test
    void normalisesCasePunctuationAndWhitespace() {
        assertThat(QuoteText.normalise("  \u201cWe\u2019re ON schedule\u2014and,\n on   budget!\u201d ")).isEqualTo("we re on schedule and on budget");
    }

    /** A wire quote as outlet {@code i} printed it, with its own second line so no two texts are copies. */
    private static Article wireQuoteIn(int i) {
        return article("https://outlet" + i + ".example/bridge", "2026-03-05",
                "\u201cWe are on schedule and on budget for the harbor bridge,\u201d Mayor Elena Vasquez said.\n"
                        + "Reporting by desk " + i + ".");
    }

    private static String refOf(CorpusStore store, Article article, String word) {
        Ledger ledger = PIPELINE.analyze(article);
        Statement s = ledger.statements().stream().filter(st -> st.contentText().contains(word)).findFirst().orElseThrow();
        return ArticleIdentity.of(article).ref() + ":" + s.id();
    }
}
