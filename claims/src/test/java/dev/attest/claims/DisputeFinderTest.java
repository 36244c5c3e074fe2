package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Dispute;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each article (written for this test) holds one dispute; it must be found and linked to the right statement. */
class DisputeFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            negated evidence | Mayor Jane Roe said the new bridge cut commute times by half. There is no evidence that commute times changed at all. | cut commute times | no evidence
            unsupported      | Governor Bill Stone said wolves killed 300 sheep last year. He did not provide evidence for the number of sheep killed. | wolves killed 300 sheep | not provide evidence
            unsupported, contracted | The minister said the new clinic treated 5,000 patients. The minister didn't offer any details on the patients. | treated 5,000 patients | didn't offer any details
            debunked         | Officials said the vaccine contains microchips. The microchip claim was debunked by researchers at the university. | contains microchips | debunked
            falsely          | Senator Tom Hale falsely claimed that the factory had closed. Workers were on shift the next morning. | the factory had closed | falsely
            which is not true| The minister said that crime doubled in the capital, which is not true. | crime doubled | which is not true
            despite that     | Police records describe the protest as peaceful. Despite that, Mayor Ann Lee described the protesters as “violent rioters who burned the city.” | violent rioters | Despite that
            contrary to      | Director Sam Cole said the plant never leaked chemicals into the river. Contrary to his account, river samples contained chemicals from the plant. | never leaked chemicals | Contrary to
            """)
    void findsAndLinksTheDispute(String name, String text, String targetPart, String cue) {
        Ledger ledger = Analyzers.ledger(text);
        ClaimAnalysis analysis = Analyzers.lexical().analyze(ledger);
        List<Dispute> disputes = analysis.disputes();
        assertThat(disputes).as("disputes in: " + text).isNotEmpty();
        Dispute d = disputes.getFirst();
        assertThat(targetText(ledger, analysis, d.targetId())).contains(targetPart);
        assertThat(d.cue()).containsIgnoringCase(cue);
        assertThat(d.confidence()).isBetween(0.3, 1.0);
        assertThat(text.substring(d.evidence().start(), d.evidence().end())).isEqualTo(d.evidenceText());
    }

    /** The contested words: a statement's content, or the claim's text when the article asserts it itself. */
    private static String targetText(Ledger ledger, ClaimAnalysis analysis, String id) {
        for (Statement s : ledger.statements()) {
            if (s.id().equals(id)) {
                return s.contentText();
            }
        }
        return analysis.claims().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("target " + id + " is neither a statement nor a claim")).text();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no cue                | The council said the budget would grow. Residents welcomed the news.
            cue in a quote        | “There is no evidence of fraud,” the county clerk said. The count ended on Friday.
            nothing to link to    | The festival opened on Friday. There is no evidence of a link between rainfall and ticket sales.
            """)
    void findsNoDisputeWhereThereIsNone(String name, String text) {
        assertThat(Analyzers.analyzeLexically(text).disputes()).isEmpty();
    }
}
