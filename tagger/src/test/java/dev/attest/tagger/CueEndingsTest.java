package dev.attest.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attest.core.model.Span;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CueEndingsTest {
    /** One training article whose only attribution has the cue {@code cue} (found in {@code text}). */
    private static LabelledText article(String text, String cue) {
        int start = text.indexOf(cue);
        Span cueSpan = new Span(start, start + cue.length());
        Span content = new Span(text.length() - 6, text.length() - 1);
        return new LabelledText("a" + text.hashCode(), text, List.of(), List.of(new LabelledText.Relation(cueSpan, content, null)));
    }

    /** "said of" closes the cue once and is followed by "of" three times; "referred to" closes it three times out of four. */
    private static CueEndings learned() {
        return CueEndings.learn(List.of(
                article("Smith said of the plan: it works.", "said of"),
                article("Smith said of the plan: it fails.", "said"),
                article("Jones said of the tax: too high.", "said"),
                article("Brown said of the bill: a mess.", "said"),
                article("He referred to Smith as a joke.", "referred to"),
                article("She referred to Jones as a thief.", "referred to"),
                article("They referred to Brown as a winner.", "referred to"),
                article("We referred to the rule as a trap.", "referred"),
                article("Lee vows to fight the plan in court.", "vows")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "said of|said",
            "Said Of|Said",
            "referred to|referred to",
            "vows to|vows to",
            "said|said",
            "has said of|has said",
            "said of him|said of him"})
    void aLastWordMostlyLeftOutsideTheCueIsDropped(String cue, String expected) {
        String text = "Officials " + cue + " it, again.";
        Span span = new Span(10, 10 + cue.length());
        assertThat(learned().trim(text, span).of(text)).isEqualTo(expected);
    }

    @Test
    void pairsSeenOnceAreNotTrusted() {
        // "vows to" was seen once (followed by "to"), below the minimum of two
        assertThat(learned().pairs()).containsOnlyKeys("said of");
        assertThat(learned().pairs().get("said of")).isEqualTo(new CueEndings.Counts(1, 3));
    }

    @Test
    void theTableSurvivesWritingAndReading() throws IOException {
        StringWriter out = new StringWriter();
        learned().write(out);
        CueEndings read = CueEndings.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)), "t.tsv");
        assertThat(read.pairs()).isEqualTo(learned().pairs());
    }

    @Test
    void aMalformedTableIsAnErrorNamingFileAndLine() throws IOException {
        StringWriter header = new StringWriter();
        CueEndings.NONE.write(header);
        String h = header.toString();
        List<List<String>> cases = List.of(
                List.of("a header that is not ours\n", "t.tsv:1:"),
                List.of(h + "said\tof\t1\n", "t.tsv:2:"),
                List.of(h + "said\tof\tx\t3\n", "t.tsv:2:"),
                List.of(h + "said\tof\t3\t1\n", "t.tsv:2:"),
                List.of(h + "said\tof\t1\t3\nsaid\t\t1\t3\n", "t.tsv:3:"));
        for (List<String> c : cases) {
            assertThatThrownBy(() -> CueEndings.read(new ByteArrayInputStream(c.get(0).getBytes(StandardCharsets.UTF_8)), "t.tsv"))
                    .as(c.get(0)).isInstanceOf(IOException.class).hasMessageStartingWith(c.get(1));
        }
    }

    @Test
    void theCommittedTableDropsOfAfterSaidAndKeepsAccordingTo() {
        CueEndings committed = AttributionTagger.committedCueEndings();
        String text = "He said of it and according to them.";
        assertThat(committed.trim(text, new Span(3, 10)).of(text)).isEqualTo("said");
        assertThat(committed.trim(text, new Span(18, 30)).of(text)).isEqualTo("according to");
    }

    @Test
    void blastRandomTextKeepsTrimmedCuesInsideTheirCue() {
        Random random = new Random(20261128);
        String alphabet = "said of to ab \n\t“”.,'’ Ω";
        CueEndings endings = learned();
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = b.toString();
            int start = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            Span cue = new Span(start, end);
            Span trimmed = endings.trim(text, cue);
            if (trimmed.start() != cue.start() || trimmed.end() > cue.end() || trimmed.end() < trimmed.start()) {
                failures.add(text + " " + cue + " -> " + trimmed);
            }
            CueEndings.learn(List.of(new LabelledText("r", text, List.of(), List.of(new LabelledText.Relation(cue, cue, null)))));
        }
        assertThat(failures).isEmpty();
    }
}
