package dev.attest.claims.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RerankerTrainerTest {
    /** Queries of 10 candidates where the relevant one has the highest value of feature 3 plus noise elsewhere. */
    private static List<RerankerTrainer.Example> examples(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int d = MatchFeatures.NAMES.size();
        List<RerankerTrainer.Example> out = new ArrayList<>();
        for (int q = 0; q < 200; q++) {
            double[][] x = new double[10][d];
            boolean[] rel = new boolean[10];
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                for (int j = 0; j < d; j++) {
                    x[i][j] = rnd.nextDouble();
                }
                x[i][3] = 0.5 * rnd.nextDouble() + q % 7 * 0.1; // a per-query offset the ranking must ignore
                ids.add("c" + i);
            }
            int pos = rnd.nextInt(10);
            x[pos][3] += 0.5;
            rel[pos] = true;
            out.add(new RerankerTrainer.Example(x, rel, ids, Set.of("c" + pos)));
        }
        return out;
    }

    @Test
    void bothFitsRankTheCandidateWithTheTellingFeatureFirst() {
        List<RerankerTrainer.Example> train = examples(1);
        for (RerankerModel m : List.of(RerankerTrainer.fit(train, List.of()), RerankerTrainer.fitListwise(train, List.of()))) {
            int hits = 0;
            for (RerankerTrainer.Example e : examples(2)) {
                int best = 0;
                for (int i = 1; i < e.x().length; i++) {
                    if (m.logit(e.x()[i]) > m.logit(e.x()[best])) {
                        best = i;
                    }
                }
                hits += e.relevant()[best] ? 1 : 0;
            }
            assertThat(hits).as("top-1 hits of %s", m).isGreaterThan(150);
        }
    }
}
