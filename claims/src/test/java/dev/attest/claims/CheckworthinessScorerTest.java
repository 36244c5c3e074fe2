package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CheckworthinessScorerTest {
    private static final List<String> SENTENCES = List.of(
            "The city spent $4.2 million on road repairs last year.",
            "I think the new park is lovely.",
            "Unemployment fell to 3.1 percent in March.",
            "The council will meet again next week to discuss the budget.",
            "We are proud of what this team has done.",
            "The mayor said the plan would help families.",
            "Officials expect the bridge to reopen in the spring.",
            "He has voted against every tax increase since he took office.",
            "Crime in the city has gone up under this administration.",
            "The company says its new factory will create jobs.",
            "Our schools are the best funded in the state.",
            "The program has helped thousands of people find work.",
            "She was the first woman to lead the department.",
            "They want to cut funding for public transit.",
            "Prices have risen faster than wages for years.");

    private final CheckworthinessScorer scorer = new CheckworthinessScorer(Analyzers.model(), Analyzers.encoder(), 5);

    @Test
    void embedsOnlySentencesTheCallerLetsItRefine() {
        CheckworthinessScorer.Scores all = scorer.scoreAll(SENTENCES);
        CheckworthinessScorer.Scores none = scorer.scoreAll(SENTENCES, i -> false);
        CheckworthinessScorer.Scores lexical = new CheckworthinessScorer(Analyzers.model(), null, 0).scoreAll(SENTENCES);

        assertThat(none.embedded()).isZero();
        assertThat(none.values()).isEqualTo(lexical.values());
        assertThat(all.embedded()).isEqualTo(uncertain(lexical)).isPositive();
    }

    private long uncertain(CheckworthinessScorer.Scores lexical) {
        CheckworthinessModel m = Analyzers.model();
        return lexical.values().stream().filter(v -> v >= m.bandLow() && v <= m.bandHigh()).count();
    }
}
