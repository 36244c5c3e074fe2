package dev.attest.claims.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class QueryTextTest {
    @Test
    void dropsLinksAndTheSignatureDateButKeepsTheAuthorsName() {
        assertThat(QueryText.clean("Cocaine washed up #HurricaneDorian pic.twitter.com/Ap7tb — NowThis (@nowthisnews) September 10, 2019"))
                .isEqualTo("Cocaine washed up Hurricane Dorian NowThis");
        assertThat(QueryText.clean("STOP https://t.co/TPX0dF5Dil ok @Some_One")).isEqualTo("STOP ok Some One");
    }

    @Test
    void contentDropsTheWholeSignatureNameIncluded() {
        assertThat(QueryText.content("Cocaine washed up #HurricaneDorian — NowThis (@nowthisnews) September 10, 2019"))
                .isEqualTo("Cocaine washed up Hurricane Dorian");
        assertThat(QueryText.content("No signature — just a dash")).isEqualTo("No signature just a dash");
    }

    @Test
    void postedIsTheMonthOfTheSignatureDate() {
        assertThat(QueryText.posted("Cocaine washed up — NowThis (@nowthisnews) September 10, 2019"))
                .contains(YearMonth.of(2019, 9));
        assertThat(QueryText.posted("Released in September 10, 2019 and nobody signed")).isEmpty();
    }
}
