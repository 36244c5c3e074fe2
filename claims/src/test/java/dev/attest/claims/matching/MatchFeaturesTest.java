package dev.attest.claims.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MatchFeaturesTest {
    private static final VerifiedClaim SAME_MONTH = new VerifiedClaim("a", "Floods closed the airport in October 2018.", "");
    private static final VerifiedClaim LATER = new VerifiedClaim("b", "Floods closed the airport in 2020.", "");
    private static final VerifiedClaim EARLIER = new VerifiedClaim("c", "Floods closed the airport in 2017.", "");
    private static final VerifiedClaim UNDATED = new VerifiedClaim("d", "Floods closed the airport.", "");
    private static final List<VerifiedClaim> CLAIMS = List.of(SAME_MONTH, LATER, EARLIER, UNDATED);

    private static double[][] features(Optional<YearMonth> posted) {
        MatchFeatures f = new MatchFeatures(TermWeights.of(CLAIMS.stream().map(VerifiedClaim::searchableText).toList()));
        MatchQuery q = new MatchQuery("The airport is flooded", new float[] {1, 0}, List.of(), new float[] {1, 0}, List.of(), posted);
        return f.of(q, CLAIMS.stream().map(c -> new ClaimCandidate(c, 1, new float[] {1, 0}, null, new float[] {1, 0})).toList());
    }

    private static double[] column(double[][] x, String name) {
        int j = MatchFeatures.NAMES.indexOf(name);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i][j];
        }
        return out;
    }

    @Test
    void aClaimNamingALaterYearThanThePostIsMarkedAsSuch() {
        double[][] x = features(Optional.of(YearMonth.of(2018, 10)));
        assertThat(x[0]).hasSize(MatchFeatures.NAMES.size());
        assertThat(column(x, "year_same")).containsExactly(1, 0, 0, 0);
        assertThat(column(x, "month_same")).containsExactly(1, 0, 0, 0);
        assertThat(column(x, "year_later")).containsExactly(0, 1, 0, 0);
        assertThat(column(x, "year_earlier")).containsExactly(0, 0, 1, 0);
    }

    @Test
    void withoutAPostingDateNoClaimIsMarkedByItsYears() {
        double[][] x = features(Optional.empty());
        for (String name : List.of("year_same", "month_same", "year_later", "year_earlier")) {
            assertThat(column(x, name)).as(name).containsOnly(0);
        }
    }
}
