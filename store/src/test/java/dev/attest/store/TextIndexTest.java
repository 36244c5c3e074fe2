package dev.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextIndexTest {
    @Test
    void ranksByBm25WithEnglishStemming() {
        try (TextIndex index = TextIndex.of(List.of(
                new TextIndex.Entry("a", "The harbor bridge was closed for repairs."),
                new TextIndex.Entry("b", "Bridges and bridges: the council closes two bridges."),
                new TextIndex.Entry("c", "The school calendar changes in May.")))) {
            assertThat(index.top("closing bridges", 5)).extracting(TextIndex.Hit::id).containsExactly("b", "a");
            assertThat(index.top("the", 5)).isEmpty();
            assertThat(index.top("calendar", 1)).singleElement().satisfies(h -> assertThat(h.score()).isPositive());
        }
    }
}
