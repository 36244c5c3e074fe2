package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimSplitterTest {

    @Test
    void separatesTheAuthorsClauseFromAStatementInOneSentence() {
        List<Claim> claims = Analyzers.analyzeLexically(
                "The president has sent thousands of additional troops to the border, but opponents say that the troops "
                        + "are limited in what they can do there.").claims();
        assertThat(claims).extracting(Claim::text).contains("The president has sent thousands of additional troops to the border");
        Claim author = claims.stream().filter(c -> c.text().startsWith("The president")).findFirst().orElseThrow();
        assertThat(author.statementId()).isNull();
        assertThat(author.speaker()).isNull();
        assertThat(claims.stream().filter(c -> c.statementId() != null).map(Claim::text))
                .anyMatch(t -> t.startsWith("the troops are limited"));
    }

    @Test
    void cutsALongQuoteIntoOneClaimPerSentence() {
        String text = "“Our budget is balanced. We hired 40 new nurses. The clinic will open in June,” Mayor Jane Roe said.";
        List<Claim> claims = Analyzers.analyzeLexically(text).claims();
        assertThat(claims).extracting(Claim::text)
                .containsExactly("Our budget is balanced.", "We hired 40 new nurses.", "The clinic will open in June");
        assertThat(claims).allMatch(c -> "Jane Roe".equals(c.speaker()) && c.statementId() != null);
    }

    @Test
    void keepsCoordinationInsideOneStatementTogether() {
        String text = "Reports describe the group as mostly women and children in one part, and the other made up of young men.";
        List<Claim> claims = Analyzers.analyzeLexically(text).claims();
        assertThat(claims).hasSize(1);
        assertThat(claims.getFirst().text()).endsWith("young men");
    }

    @Test
    void splitsAtAnAbbreviationTheSentenceModelMissed() {
        String text = "“We will not let them into the U.S. Our border is sacred,” he wrote.";
        assertThat(Analyzers.analyzeLexically(text).claims()).extracting(Claim::text)
                .containsExactly("We will not let them into the U.S.", "Our border is sacred");
    }

    @Test
    void dropsHeadlineCaseLinesAndPhotoCredits() {
        String text = "Mayor Says Bridge Will Stay Open\n\nJohn SmithReuters\n\nThe bridge carried 40,000 cars a day last year.";
        assertThat(Analyzers.analyzeLexically(text).claims()).extracting(Claim::text)
                .containsExactly("The bridge carried 40,000 cars a day last year.");
    }
}
