package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.Claim;
import dev.attest.core.model.Hedge;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hedges of the claim holding a given phrase, through the whole analyser. */
class HedgeFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor claimed the bridge is safe.                           | the bridge is safe       | distancing | claimed
            Mayor Jane Roe insisted that the budget was balanced.           | the budget was balanced  | distancing | insisted
            He said, without evidence, that the vote was rigged.            | the vote was rigged      | distancing | without evidence
            The company reportedly lost $2 million in the deal.             | lost $2 million          | distancing | reportedly
            The agency said the alleged leak began in May.                  | the alleged leak         | distancing | alleged
            Some critics say the plan will fail within a year.              | the plan will fail       | weasel     | Some critics say
            The bridge may collapse next winter, engineers warned.          | may collapse             | modal      | may
            It is believed that the fire started in the kitchen.            | the fire started         | weasel     | It is believed
            """)
    void findsTheHedge(String text, String claimPart, String kind, String cue) {
        Claim claim = claimHolding(text, claimPart);
        assertThat(claim.hedges()).extracting(Hedge::kind, Hedge::cueText).contains(org.assertj.core.groups.Tuple.tuple(kind, cue));
        for (Hedge h : claim.hedges()) {
            assertThat(text.substring(h.cue().start(), h.cue().end())).isEqualTo(h.cueText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor said the bridge is safe.                 | the bridge is safe
            The council approved the budget on May 3.          | approved the budget
            Police arrested two men after the robbery.         | arrested two men
            """)
    void plainAssertionsHaveNoHedges(String text, String claimPart) {
        assertThat(claimHolding(text, claimPart).hedges()).isEmpty();
    }

    private static Claim claimHolding(String text, String part) {
        List<Claim> claims = Analyzers.analyzeLexically(text).claims();
        return claims.stream().filter(c -> c.text().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim holds '" + part + "' in " + claims));
    }
}
