package dev.attest.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.MentionType;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import dev.attest.core.model.StatementKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttributionAssemblerTest {
    private static AttributionAssembler.Tagged at(String text, String words) {
        int start = text.indexOf(words);
        return new AttributionAssembler.Tagged(new Span(start, start + words.length()), 0.9);
    }

    @Test
    void contentTakesTheNearestCueAndTheCueItsNearestSource() {
        String text = "Smith said taxes would rise. Jones denied it.";
        List<Statement> s = AttributionAssembler.assemble(text,
                List.of(at(text, "Smith"), at(text, "Jones")),
                List.of(at(text, "said"), at(text, "denied")),
                List.of(at(text, "taxes would rise"), at(text, "it.")), CueEndings.NONE);
        assertThat(s).hasSize(2);
        assertThat(s.getFirst().contentText()).isEqualTo("taxes would rise");
        assertThat(s.getFirst().cueText()).isEqualTo("said");
        assertThat(s.getFirst().speaker().mention().text()).isEqualTo("Smith");
        assertThat(s.getFirst().speaker().mention().type()).isEqualTo(MentionType.NAME);
        assertThat(s.get(1).speaker().name()).isEqualTo("Jones");
    }

    @Test
    void aQuoteSplitByItsCueIsOneStatementCoveringBothParts() {
        String text = "“We will win,” he said, “and soon.”";
        List<Statement> s = AttributionAssembler.assemble(text, List.of(at(text, "he")), List.of(at(text, "said")),
                List.of(at(text, "“We will win,”"), at(text, "“and soon.”")), CueEndings.NONE);
        assertThat(s).singleElement().satisfies(st -> {
            assertThat(st.content()).isEqualTo(new Span(0, text.length()));
            assertThat(st.kind()).isEqualTo(StatementKind.DIRECT);
            assertThat(st.speaker().mention().type()).isEqualTo(MentionType.PRONOUN);
        });
    }

    @Test
    void contentWithoutACueInItsParagraphIsDropped() {
        String text = "Smith said so.\n\nTaxes would rise.";
        List<Statement> s = AttributionAssembler.assemble(text, List.of(at(text, "Smith")), List.of(at(text, "said")),
                List.of(at(text, "Taxes would rise")), CueEndings.NONE);
        assertThat(s).isEmpty();
    }

    @Test
    void aNameInsideTheContentIsNotItsSource() {
        String text = "Officials said Brown would resign.";
        List<Statement> s = AttributionAssembler.assemble(text, List.of(at(text, "Officials"), at(text, "Brown")),
                List.of(at(text, "said")), List.of(at(text, "Brown would resign")), CueEndings.NONE);
        assertThat(s.getFirst().speaker().name()).isEqualTo("Officials");
        assertThat(s.getFirst().speaker().mention().type()).isEqualTo(MentionType.NAME);
    }

    @Test
    void contentOpeningWithATimePhraseStartsAtThat() {
        String text = "He claimed on Tuesday that taxes would rise.";
        assertThat(AttributionAssembler.startAtThat(text, new Span(11, 43)).of(text)).isEqualTo("that taxes would rise");
        String plain = "He said taxes would rise on Tuesday.";
        assertThat(AttributionAssembler.startAtThat(plain, new Span(8, 35))).isEqualTo(new Span(8, 35));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "told a|told",
            "wrote on her|wrote",
            "said on|said",
            "Said In|Said",
            "said during|said",
            "said of|said of",
            "asked about|asked about",
            "relies principally on|relies principally on",
            "said|said",
            "the|the",
            "charged in|charged in",
    })
    void aCueLosesADanglingDeterminerOrATimeOrPlacePrepositionAfterASpeechVerb(String cue, String expected) {
        String text = "x " + cue + " y";
        Span trimmed = AttributionAssembler.trimCue(text, new Span(2, 2 + cue.length()));
        assertThat(trimmed.of(text)).isEqualTo(expected);
    }

    /** What is left of a content covering the whole sentence, its cue inside, after the cut for a following attribution. */
    private static String splitContent(String text, String cue, String source, String... otherCues) {
        Span cueSpan = at(text, cue).span();
        Set<Integer> cueStarts = new HashSet<>(List.of(cueSpan.start()));
        for (String other : otherCues) {
            cueStarts.add(text.indexOf(other));
        }
        Span content = new Span(0, text.length());
        return AttributionAssembler.endBeforeFollowingAttribution(text, content, cueSpan, at(text, source).span(), cueStarts).of(text);
    }

    @Test
    void aSplitContentEndsBeforeItsSourceWhenAnotherCueFollowsItsOwn() {
        String text = "She will play the “woman card,” Fiorina said, adding that the way to beat her is her record.";
        assertThat(splitContent(text, "said", "Fiorina", "adding")).isEqualTo("She will play the “woman card,”");
        assertThat(splitContent(text, "said", "Fiorina")).isEqualTo(text);
    }

    @Test
    void aContentResumingAfterItsCueStaysWholeUnlessAnotherCueStartsThere() {
        String text = "“We will win,” he said, “and soon.”";
        assertThat(splitContent(text, "said", "he", "win")).isEqualTo(text);
        String inverted = "The plan, said Jones, noting the cost, is dead.";
        assertThat(splitContent(inverted, "said", "Jones", "noting")).isEqualTo("The plan,");
        assertThat(splitContent(inverted, "said", "Jones", "dead")).isEqualTo(inverted);
    }
}
