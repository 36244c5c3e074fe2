package dev.attest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakersTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    @TempDir
    Path dir;

    @Test
    void countsStatementsPerSpeakerMostFirst() {
        try (CorpusStore store = store(FixtureArticles.articles(12))) {
            // 12 articles over 5 people: Vasquez and Okafor have 3 articles, the others 2; 2 statements each; ties by name
            assertThat(store.speakers(3)).extracting(SpeakerCount::name, SpeakerCount::statements).containsExactly(
                    tuple("Daniel Okafor", 6L), tuple("Elena Vasquez", 6L), tuple("Helen Park", 4L));
            assertThat(store.speakers(100)).hasSize(5);
        }
    }

    @Test
    void aSurnameAloneMergesIntoTheOnlyFullNameEndingWithIt() {
        try (CorpusStore store = store(List.of(
                article("a1", "Donald Trump said on Monday that the wall would be finished by the summer.", "2026-03-01"),
                article("a2", "Trump said on Friday that the border was secure and the wall was nearly done.", "2026-03-05"),
                article("a3", "DONALD TRUMP said on Sunday that the tariffs would stay in place.", "2026-02-01"),
                article("a4", "Critics said the plan had no funding and would never be built.", "2026-03-02")))) {
            List<SpeakerCount> speakers = store.speakers(10);
            assertThat(speakers).hasSize(1);
            SpeakerCount trump = speakers.getFirst();
            assertThat(trump.name()).isEqualTo("Donald Trump");
            assertThat(trump.key()).isEqualTo("donald trump");
            assertThat(trump.aliases()).containsExactly("trump");
            assertThat(trump.statements()).isEqualTo(3);

            SpeakerTimeline timeline = store.speaker("trump", 100).orElseThrow();
            assertThat(timeline.speaker()).isEqualTo(trump);
            assertThat(timeline.statements()).extracting(StatementRow::published)
                    .containsExactly(LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-02-01"));
            assertThat(timeline.statements()).extracting(StatementRow::speakerKey).containsOnly("donald trump");

            assertThat(store.search("border", StatementFilter.none().withSpeaker("Donald Trump"), 10).hits()).hasSize(1);
            assertThat(store.search("funding", StatementFilter.none().withSpeaker("critics"), 10).hits())
                    .extracting(h -> h.statement().speakerNamed()).containsExactly(false);
            assertThat(store.speaker("critics", 10)).isEmpty(); // unnamed sources are not speakers
            assertThat(store.stats().speakers()).isEqualTo(1);
        }
    }

    @Test
    void anAmbiguousSurnameStaysOnItsOwn() {
        try (CorpusStore store = store(List.of(
                article("b1", "Helen Park said on Monday that the depot would open in May.", "2026-03-01"),
                article("b2", "Jin Park said on Tuesday that the depot would not open before June.", "2026-03-02"),
                article("b3", "Park said on Wednesday that the depot budget was fine.", "2026-03-03")))) {
            assertThat(store.speakers(10)).extracting(SpeakerCount::key).containsExactlyInAnyOrder("helen park", "jin park", "park");
            assertThat(store.speaker("Park", 10).orElseThrow().statements()).hasSize(1);
            assertThat(store.speakerCandidates("Park")).isEmpty(); // "Park" alone is a speaker of its own here
        }
    }

    @Test
    void aSharedSurnameThatIsNoSpeakerItselfIsReportedAsAmbiguous() {
        try (CorpusStore store = store(List.of(
                article("c1", "Helen Park said on Monday that the depot would open in May.", "2026-03-01"),
                article("c2", "Jin Park said on Tuesday that the depot would not open before June.", "2026-03-02"),
                article("c3", "Jin Park said on Friday that the depot had no budget.", "2026-03-04")))) {
            assertThat(store.speaker("park", 10)).isEmpty();
            assertThat(store.speakerCandidates("park")).extracting(SpeakerCount::name).containsExactly("Jin Park", "Helen Park");
            assertThatThrownBy(() -> store.search("depot", StatementFilter.none().withSpeaker("park"), 10))
                    .isInstanceOf(AmbiguousSpeakerException.class)
                    .hasMessage("speaker \"park\" is ambiguous: Jin Park, Helen Park; give the full name");
            assertThatThrownBy(() -> store.export(null, StatementFilter.none().withSpeaker("PARK"), row -> { }))
                    .isInstanceOf(AmbiguousSpeakerException.class);
        }
    }

    @Test
    void aUniqueSurnameFindsTheFullNameEvenIfNoArticleUsedItAlone() {
        try (CorpusStore store = store(FixtureArticles.articles(5))) {
            assertThat(store.speaker("vasquez", 10).orElseThrow().speaker().name()).isEqualTo("Elena Vasquez");
            assertThat(store.speaker("Elena", 10)).isEmpty(); // a given name is not a surname
        }
    }

    private CorpusStore store(List<Article> articles) {
        CorpusStore store = CorpusStore.open(dir);
        articles.forEach(a -> store.add(PIPELINE.analyze(a)));
        store.commit();
        return store;
    }

    private static Article article(String id, String text, String date) {
        return new Article(id, null, text, "test", "https://wire.example/" + id, LocalDate.parse(date));
    }
}
