package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.model.ClaimType;
import dev.attest.core.text.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClaimTyperTest {
    private final ClaimTyper typer = new ClaimTyper();
    private final Tokenizer tokenizer = new Tokenizer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Unemployment fell to 4 percent last year.                      | QUANTITY
            The city spent $2 million on the bridge.                       | QUANTITY
            Thousands of residents lost power on Monday.                   | QUANTITY
            Crime is lower than it was a decade ago.                       | COMPARISON
            It was the largest protest the town has seen.                  | COMPARISON
            The tax will rise next year.                                   | PREDICTION
            The agency is going to close the office.                       | PREDICTION
            The new law prevents landlords from evicting tenants in winter.| LAW_RULE
            Selling raw milk is illegal in the province.                   | LAW_RULE
            Prices jumped because of the drought.                          | CAUSAL
            The flooding stems from poor maintenance of the levee.         | CAUSAL
            TURN AROUND!                                                   | OPINION
            Stop the steal!                                                | OPINION
            Let me help the governor.                                      | OPINION
            We must protect our children.                                  | OPINION
            I think the plan is a disaster.                                | OPINION
            Can I answer that?                                             | OPINION
            Our border is sacred.                                          | OPINION
            The senator visited the border town on Tuesday.                | EVENT
            The committee approved the plan.                               | EVENT
            Mexican soldiers hurt, were unable, or unwilling to stop Caravan.| EVENT
            The sky is blue.                                               | OTHER
            """)
    void typesBySurfaceRules(String sentence, ClaimType expected) {
        assertThat(typer.type(sentence, Word.of(tokenizer.tokenize(sentence, 0, sentence.length()))).type())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Let me remind you it was a Democratic tax increase, and I went along with it.
            Look, the problem is that the plan costs 1.6 trillion dollars.
            I'm proud that violent crime fell in the state.
            """)
    void opinionFramesAroundFactsAreNotOpinions(String sentence) {
        assertThat(typer.type(sentence, Word.of(tokenizer.tokenize(sentence, 0, sentence.length()))).type())
                .isNotEqualTo(ClaimType.OPINION);
    }
}
