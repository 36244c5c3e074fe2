package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class Ct24TsvTest {

    @Test
    void readsPlainQuotedAndCrlfLines() {
        String file = "Sentence_id\tText\tclass_label\r\n"
                + "1\tWe cut taxes by 10 percent.\tYes\r\n"
                + "2\t\"Well, \"\"thank you\"\", everyone.\"\tNo\r\n";
        Ct24Tsv.Result r = Ct24Tsv.parse(file);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.sentences()).containsExactly(
                new LabeledSentence("1", "We cut taxes by 10 percent.", true),
                new LabeledSentence("2", "Well, \"thank you\", everyone.", false));
    }

    @Test
    void splitsTwoRecordsGluedOnOneLine() {
        // The CT24 train file has one line like this: a label runs into the next record's id.
        String file = "Sentence_id\tText\tclass_label\n"
                + "24098\tWe've got to invest and grow.\tNo29286\tYou can't bring back jobs.\tNo\n"
                + "3\tThe deficit doubled.\tYes\n";
        Ct24Tsv.Result r = Ct24Tsv.parse(file);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.sentences()).extracting(LabeledSentence::id).containsExactly("24098", "29286", "3");
        assertThat(r.sentences().get(1).text()).isEqualTo("You can't bring back jobs.");
    }

    @Test
    void skipsLinesThatDoNotParseInsteadOfFailing() {
        String file = "Sentence_id\tText\tclass_label\n"
                + "garbage without tabs\n"
                + "5\tA sentence.\tMaybe\n"
                + "\tNo id.\tNo\n"
                + "6\tA good one.\tNo\n";
        Ct24Tsv.Result r = Ct24Tsv.parse(file);
        assertThat(r.sentences()).extracting(LabeledSentence::id).containsExactly("6");
        assertThat(r.skipped()).hasSize(3).allMatch(s -> s.startsWith("line "));
    }

    @Test
    void emptyInputHasNoSentences() {
        assertThat(Ct24Tsv.parse("").sentences()).isEmpty();
        assertThat(Ct24Tsv.parse("Sentence_id\tText\tclass_label\n").sentences()).isEqualTo(List.of());
    }
}
