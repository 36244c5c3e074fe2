package dev.attest.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attest.core.model.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearLoaderTest {
    private static final String TEXT = """
            Bridge to reopen

            Mayor Lena Park said the bridge will reopen in May.

            "We are not there yet," the engineer warned, "but we are close."

            Residents hope so, according to a survey.
            """;

    @TempDir
    Path split;

    @BeforeEach
    void folders() throws IOException {
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        Files.writeString(split.resolve("text/bridge.txt"), TEXT);
    }

    @Test
    void readsEventsWithRolesInAnyOrderAndDiscontinuousContent() throws IOException {
        ann("bridge_4e07", wellFormed());
        GoldDocument doc = new PolnearLoader().load(split).documents().getFirst();

        assertThat(doc.id()).isEqualTo("bridge");
        assertThat(doc.attributions()).hasSize(3);

        GoldAttribution mayor = doc.attributions().get(0);
        assertThat(mayor.content().of(TEXT)).isEqualTo("the bridge will reopen in May");
        assertThat(mayor.source().of(TEXT)).isEqualTo("Mayor Lena Park");
        assertThat(mayor.cue().of(TEXT)).isEqualTo("said");
        assertThat(mayor.label()).isEqualTo("bridge_4e07.ann E1 (line 5)");

        GoldAttribution engineer = doc.attributions().get(1);
        assertThat(engineer.discontinuous()).isTrue();
        assertThat(engineer.content().of(TEXT))
                .isEqualTo("\"We are not there yet,\" the engineer warned, \"but we are close.\"");
        assertThat(engineer.contentText(TEXT)).isEqualTo("\"We are not there yet,\" \"but we are close.\"");
        assertThat(engineer.source().of(TEXT)).isEqualTo("the engineer");

        GoldAttribution survey = doc.attributions().get(2);
        assertThat(survey.source()).isNull();
        assertThat(survey.cue().of(TEXT)).isEqualTo("according to");
    }

    @Test
    void eventWithoutContentIsExcludedAndCounted() throws IOException {
        List<String> lines = new ArrayList<>(wellFormed());
        lines.add(t("T20", "Attribution-no-source", "according to"));
        lines.add("E9\tAttribution-no-source:T20 ");
        ann("bridge_4e07", lines);
        GoldCorpus corpus = new PolnearLoader().load(split);
        assertThat(corpus.scorableRecords()).isEqualTo(3);
        assertThat(corpus.excludedByReason()).containsEntry(PolnearLoader.NO_CONTENT, 1);
    }

    @Test
    void content2FragmentsBelongToTheContent() throws IOException {
        List<String> lines = new ArrayList<>(wellFormed());
        lines.set(5, t("T5", "Content", "\"We are not there yet,\""));
        lines.add(t("T13", "Content", "\"but we are close.\""));
        lines.set(9, "E2\tAttribution:T8 Content2:T13 Cue:T7 Source:T6 Content:T5");
        ann("bridge_4e07", lines);
        GoldAttribution engineer = new PolnearLoader().load(split).documents().getFirst().attributions().get(1);
        assertThat(engineer.contentParts()).hasSize(2);
        assertThat(engineer.contentText(TEXT)).isEqualTo("\"We are not there yet,\" \"but we are close.\"");
    }

    @Test
    void usesTheLexicographicallyFirstAnnotator() throws IOException {
        ann("bridge_ef2d", wellFormed());
        ann("bridge_4b22", List.of(t("T1", "Content", "Residents hope so"), t("T2", "Cue", "according to"),
                t("T3", "Attribution-no-source", "according to"), "E1\tAttribution-no-source:T3 Cue:T2 Content:T1"));
        GoldDocument doc = new PolnearLoader().load(split).documents().getFirst();
        assertThat(doc.attributions()).singleElement()
                .satisfies(a -> assertThat(a.label()).startsWith("bridge_4b22.ann"));
    }

    @Test
    void ignoresContinuationLinesAndNotes() throws IOException {
        List<String> lines = new ArrayList<>(wellFormed());
        lines.add("#1\tAnnotatorNotes T1\tIs the title part of the source?");
        lines.add("The note goes on after a raw line break");
        lines.add("");
        ann("bridge_4e07", lines);
        assertThat(new PolnearLoader().load(split).scorableRecords()).isEqualTo(3);
    }

    @Test
    void rejectsUndefinedReference() throws IOException {
        List<String> lines = new ArrayList<>(wellFormed());
        lines.add("E7\tAttribution:T4 Content:T99 Cue:T2");
        assertRejected(lines, 16, "Content refers to undefined T99");
    }

    @Test
    void rejectsUnknownRoleAndRepeatedRole() throws IOException {
        List<String> lines = new ArrayList<>(wellFormed());
        lines.add("E7\tAttribution:T4 Content:T3 Speaker:T1");
        assertRejected(lines, 16, "unknown role 'Speaker'");
        lines.set(15, "E7\tAttribution:T4 Content:T3 Content:T3");
        assertRejected(lines, 16, "role Content given twice");
    }

    @Test
    void rejectsOffsetsThatDoNotMatchTheCoveredText() throws IOException {
        List<String> lines = new ArrayList<>(wellFormed());
        Span said = Fixtures.spanOf(TEXT, "said");
        lines.set(1, "T2\tCue " + (said.start() + 1) + " " + (said.end() + 1) + "\tsaid");
        assertRejected(lines, 2, "covered text 'said' differs");
    }

    @Test
    void rejectsBadOffsetsAndSpansPastTheText() throws IOException {
        List<String> lines = new ArrayList<>(wellFormed());
        lines.set(1, "T2\tCue 12 x\tsaid");
        assertRejected(lines, 2, "bad offsets");
        lines.set(1, "T2\tCue 12 " + (TEXT.length() + 5) + "\tsaid");
        assertRejected(lines, 2, "outside the text");
    }

    @Test
    void rejectsIdWithoutTabAndTriggerThatIsNotAnAttribution() throws IOException {
        List<String> lines = new ArrayList<>(wellFormed());
        lines.set(0, "T1 Source 1 2 x");
        assertRejected(lines, 1, "annotation id not followed by a tab");
        lines = new ArrayList<>(wellFormed());
        lines.set(4, "E1\tContent:T3 Cue:T2");
        assertRejected(lines, 5, "expected an Attribution trigger first");
    }

    @Test
    void rejectsMissingTextOrAnnotation() throws IOException {
        ann("ferry_4e07", wellFormed());
        assertThatThrownBy(() -> new PolnearLoader().load(split))
                .isInstanceOf(GoldDataException.class)
                .hasMessageContaining("ferry_4e07.ann")
                .hasMessageContaining("no text file");
        Files.delete(split.resolve("attributions/ferry_4e07.ann"));
        assertThatThrownBy(() -> new PolnearLoader().load(split))
                .isInstanceOf(GoldDataException.class)
                .hasMessageContaining("bridge.txt")
                .hasMessageContaining("no annotation file");
    }

    @Test
    void rejectsAFolderThatIsNotASplit() {
        assertThatThrownBy(() -> new PolnearLoader().load(split.resolve("text")))
                .isInstanceOf(GoldDataException.class)
                .hasMessageContaining("missing folder");
    }

    private void assertRejected(List<String> lines, int line, String problem) throws IOException {
        Path file = ann("bridge_4e07", lines);
        assertThatThrownBy(() -> new PolnearLoader().load(split))
                .isInstanceOf(GoldDataException.class)
                .hasMessageContaining(file + ":" + line + ":")
                .hasMessageContaining(problem);
    }

    /** Three events; lines 1-15, E lines with their roles in different orders. */
    private static List<String> wellFormed() {
        Span first = Fixtures.spanOf(TEXT, "\"We are not there yet,\"");
        Span second = Fixtures.spanOf(TEXT, "\"but we are close.\"");
        return List.of(
                t("T1", "Source", "Mayor Lena Park"),
                t("T2", "Cue", "said"),
                t("T3", "Content", "the bridge will reopen in May"),
                t("T4", "Attribution", "said"),
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                // Fragments listed out of text order, as some PolNeAR spans are.
                "T5\tContent " + second.start() + " " + second.end() + ";" + first.start() + " " + first.end()
                        + "\t" + second.of(TEXT) + " " + first.of(TEXT),
                t("T6", "Source", "the engineer"),
                t("T7", "Cue", "warned"),
                t("T8", "Attribution", "warned"),
                "E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5",
                t("T9", "Content", "Residents hope so"),
                t("T10", "Cue", "according to"),
                t("T11", "Attribution-no-source", "according to"),
                "E3\tAttribution-no-source:T11 Cue:T10 Content:T9",
                t("T12", "Discuss", "Residents"));
    }

    private static String t(String id, String type, String words) {
        Span span = Fixtures.spanOf(TEXT, words);
        return id + "\t" + type + " " + span.start() + " " + span.end() + "\t" + words;
    }

    private Path ann(String name, List<String> lines) throws IOException {
        Path file = split.resolve("attributions/" + name + ".ann");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
