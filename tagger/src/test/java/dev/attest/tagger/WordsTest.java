package dev.attest.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    private static final String TEXT = "Officials claimed yesterday that spending increased.";

    @Test
    void continuationPiecesJoinTheirWord() {
        Words words = Words.of(TEXT, new FakeEncoder(1).encode(TEXT));
        assertThat(words.spans().stream().map(s -> s.of(TEXT)).toList())
                .containsExactly("Officials", "claimed", "yesterday", "that", "spending", "increased", ".");
        assertThat(words.firstPiece()[1]).isEqualTo(3); // "Offi" "cial" "s" come first
    }

    @Test
    void goldSpansBecomeBeginInsideOutsidePerRole() {
        Words words = Words.of(TEXT, new FakeEncoder(1).encode(TEXT));
        List<RoleSpan> gold = List.of(
                new RoleSpan(Role.SOURCE, new Span(0, 9)),
                new RoleSpan(Role.CUE, new Span(10, 17)),
                new RoleSpan(Role.CONTENT, new Span(28, 51)));
        assertThat(words.tags(gold, Role.SOURCE)).containsExactly(
                Tag.BEGIN, Tag.OUTSIDE, Tag.OUTSIDE, Tag.OUTSIDE, Tag.OUTSIDE, Tag.OUTSIDE, Tag.OUTSIDE);
        assertThat(words.tags(gold, Role.CUE)).containsExactly(
                Tag.OUTSIDE, Tag.BEGIN, Tag.OUTSIDE, Tag.OUTSIDE, Tag.OUTSIDE, Tag.OUTSIDE, Tag.OUTSIDE);
        assertThat(words.tags(gold, Role.CONTENT)).containsExactly(
                Tag.OUTSIDE, Tag.OUTSIDE, Tag.OUTSIDE, Tag.BEGIN, Tag.INSIDE, Tag.INSIDE, Tag.OUTSIDE);
    }

    @Test
    void aSpanStartingInsideAWordTagsTheWholeWord() {
        Words words = Words.of(TEXT, new FakeEncoder(1).encode(TEXT));
        Tag[] tags = words.tags(List.of(new RoleSpan(Role.CUE, new Span(12, 14))), Role.CUE);
        assertThat(tags[1]).isEqualTo(Tag.BEGIN);
    }

    @Test
    void adjacentSpansOfOneRoleEachBegin() {
        Words words = Words.of(TEXT, new FakeEncoder(1).encode(TEXT));
        Tag[] tags = words.tags(List.of(new RoleSpan(Role.CONTENT, new Span(0, 17)), new RoleSpan(Role.CONTENT, new Span(18, 27))), Role.CONTENT);
        assertThat(tags).startsWith(Tag.BEGIN, Tag.INSIDE, Tag.BEGIN, Tag.OUTSIDE);
    }
}
