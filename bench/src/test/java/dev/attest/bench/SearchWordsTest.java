package dev.attest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchWordsTest {
    @Test
    void sameSeedGivesSameQueriesAndAnotherSeedOthers() {
        SearchWords words = new SearchWords();
        List<String> a = words.queries(7, 500);
        assertThat(a).hasSize(500).isEqualTo(new SearchWords().queries(7, 500));
        assertThat(words.queries(8, 500)).isNotEqualTo(a);
    }

    @Test
    void queriesMixWordsPhrasesAndNamesWithoutTemplateSlots() {
        List<String> q = new SearchWords().queries(1, 2000);
        assertThat(q).noneMatch(s -> s.contains("{") || s.isBlank());
        assertThat(q).anyMatch(s -> s.startsWith("\"") && s.endsWith("\""));
        assertThat(q).anyMatch(s -> !s.contains(" "));
        assertThat(q).anyMatch(s -> s.contains(" ") && !s.startsWith("\""));
        assertThat(q.stream().distinct().count()).isGreaterThan(300);
    }
}
