package dev.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NearCopiesTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static final String WIRE = String.join("\n",
            "The regional water board voted on Wednesday to raise household rates by eight percent from July, the first increase in four years.",
            "\"We have postponed this decision for as long as we responsibly could,\" board chair Miriam Osei told the meeting.",
            "Osei said the money would pay for replacing lead service lines in the older districts north of the river.",
            "Consumer groups said the increase would hit low-income families hardest and asked the board to phase it in over two years.",
            "The board said a discount program for households below the poverty line would be expanded to cover about 12,000 more homes.",
            "A final vote on the discount program is scheduled for next month.");

    @TempDir
    Path dir;

    private static Article article(String id, String outlet, String title, String text) {
        return new Article(id, title, title + "\n\n" + text + "\n", null, "https://" + outlet + "/" + id, LocalDate.of(2026, 6, 3));
    }

    @Test
    void aWireCopyWithANewHeadlineAndATrimmedEndingIsLinkedNotStoredTwice() {
        Article original = article("water", "wire.example", "Water rates to rise", WIRE);
        String edited = WIRE.substring(0, WIRE.lastIndexOf('\n')) + "\nThe board meets again on July 9.";
        Article copy = article("rates", "daily.example", "Your water bill is going up", edited);
        assertThat(NearCopies.of(original.text()).orElseThrow().similarity(NearCopies.of(copy.text()).orElseThrow().signature()))
                .isGreaterThanOrEqualTo(NearCopies.THRESHOLD);
        try (CorpusStore store = CorpusStore.open(dir)) {
            assertThat(store.add(PIPELINE.analyze(original))).isEqualTo(Presence.NEW);
            assertThat(store.presence(copy)).isEqualTo(Presence.DUPLICATE_TEXT); // staged original, same batch
            store.commit();
            assertThat(store.addCopy(copy)).isEqualTo(Presence.DUPLICATE_TEXT);
            store.commit();
            assertThat(store.stats().articles()).isEqualTo(1);
            assertThat(store.stats().copies()).isEqualTo(1);
            assertThat(store.addCopy(copy)).isEqualTo(Presence.ALREADY_STORED); // a rerun skips it
        }
    }

    @Test
    void anotherStoryOnTheSameTopicIsStoredAsItsOwnArticle() {
        Article original = article("water", "wire.example", "Water rates to rise", WIRE);
        Article other = article("water-2", "wire.example", "Board delays discount plan", String.join("\n",
                "The regional water board on Thursday postponed a vote on expanding its discount program for low-income households.",
                "\"We need better numbers before we commit,\" board member Tomas Reyes said after the session.",
                "Reyes said the board did not know how many households would qualify under the new income limit.",
                "The rate increase approved on Wednesday will take effect in July regardless of the outcome, the board said.",
                "Consumer groups criticised the delay and said families would face higher bills before any relief arrived.",
                "The board will hold a public hearing on the discount program in August."));
        assertThat(NearCopies.of(original.text()).orElseThrow().similarity(NearCopies.of(other.text()).orElseThrow().signature()))
                .isLessThan(0.3);
        try (CorpusStore store = CorpusStore.open(dir)) {
            store.add(PIPELINE.analyze(original));
            store.commit();
            assertThat(store.add(PIPELINE.analyze(other))).isEqualTo(Presence.NEW);
            store.commit();
            assertThat(store.stats().articles()).isEqualTo(2);
        }
    }

    @Test
    void shortBriefsAreNeverMatchedByNearness() {
        assertThat(NearCopies.of("Police closed Main Street on Monday after a water main broke, the city said.")).isEmpty();
    }
}
