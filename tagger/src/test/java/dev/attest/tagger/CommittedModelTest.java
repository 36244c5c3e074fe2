package dev.attest.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Article;
import dev.attest.core.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The model committed under src/main/resources loads and tags a plain reported-speech sentence. */
class CommittedModelTest {
    @Test
    void theCommittedModelFindsSourceCueAndContentOfAPlainClaim() {
        String text = "The senator claimed on Tuesday that taxes would rise.";
        List<Statement> statements = AttributionTagger.standard().tag(Article.ofText("plain", text));
        assertThat(statements).singleElement().satisfies(s -> {
            // the layer-4 first head takes the time phrase into the cue, as PolNeAR's "said Thursday morning" does
            assertThat(s.cueText()).isIn("claimed", "claimed on Tuesday");
            assertThat(s.speaker().mention().text()).isEqualTo("The senator");
            assertThat(s.contentText()).contains("taxes would rise").doesNotContain("claimed").doesNotContain("Tuesday");
        });
    }

    @Test
    void theCueScopeHeadFindsTheSameAttributionOfAPlainClaim() {
        String text = "The senator claimed on Tuesday that taxes would rise.";
        List<Statement> statements = AttributionTagger.standard().scoped(Article.ofText("plain", text));
        assertThat(statements).singleElement().satisfies(s -> {
            assertThat(s.cueText()).isEqualTo("claimed");
            assertThat(s.speaker().mention().text()).isEqualTo("The senator");
            assertThat(s.contentText()).contains("taxes would rise").doesNotContain("claimed");
        });
    }

    @Test
    void aSentenceWithoutAttributionYieldsNothing() {
        String text = "Taxes rose by two percent in the third quarter.";
        assertThat(AttributionTagger.standard().tag(Article.ofText("none", text))).isEmpty();
        assertThat(AttributionTagger.standard().scoped(Article.ofText("none", text))).isEmpty();
    }
}
