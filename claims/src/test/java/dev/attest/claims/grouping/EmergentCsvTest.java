package dev.attest.claims.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EmergentCsvTest {
    private static final String HEADER = ",claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId\n";

    @Test
    void readsArticlesByHeaderNameIncludingQuotedHeadlinesSpanningLines() throws Exception {
        List<ReportedArticle> a = EmergentCsv.parse(HEADER
                + "0,Bridge closed,\"Bridge shut, officials say\",for,a1,c1\n"
                + "1,Bridge closed,\"The \"\"bridge\"\"\nis closed\",observing,a2,c1\n"
                + "2,Cat elected,Cat wins mayor race,for,a3,c2\n", "f.csv");

        assertThat(a).containsExactly(
                new ReportedArticle("a1", "c1", "Bridge shut, officials say", 2),
                new ReportedArticle("a2", "c1", "The \"bridge\"\nis closed", 3),
                new ReportedArticle("a3", "c2", "Cat wins mayor race", 5));
    }

    @Test
    void aRecordWithTooFewFieldsIsAnErrorNamingFileAndLine() {
        assertThatThrownBy(() -> EmergentCsv.parse(HEADER + "0,x,y,for,a1,c1\n1,x,y,for,a2\n", "emergent.csv"))
                .isInstanceOf(EmergentCsv.MalformedException.class)
                .hasMessage("emergent.csv line 3: expected 6 fields, found 5");
    }

    @Test
    void anUnclosedQuoteAnEmptyIdAndARepeatedArticleAreErrors() {
        assertThatThrownBy(() -> EmergentCsv.parse(HEADER + "0,x,\"y,for,a1,c1\n", "e.csv"))
                .hasMessage("e.csv line 2: quoted field never closed");
        assertThatThrownBy(() -> EmergentCsv.parse(HEADER + "0,x,y,for,,c1\n", "e.csv"))
                .hasMessageStartingWith("e.csv line 2: empty");
        assertThatThrownBy(() -> EmergentCsv.parse(HEADER + "0,x,y,for,a1,c1\n1,x,z,for,a1,c1\n", "e.csv"))
                .hasMessage("e.csv line 3: article a1 appears twice");
        assertThatThrownBy(() -> EmergentCsv.parse("a,b\n1,2\n", "e.csv"))
                .hasMessageStartingWith("e.csv line 1: no column articleHeadline");
        assertThatThrownBy(() -> EmergentCsv.parse(HEADER + "0,x,\"y\"z,for,a1,c1\n", "e.csv"))
                .hasMessage("e.csv line 2: text after a closing quote");
    }
}
