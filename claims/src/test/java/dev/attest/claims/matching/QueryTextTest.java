package dev.attest.claims.matching;

import static org.assertj.core.api.Assertions.assertThat;

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
}
