package dev.attest.claims.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ct20DatasetTest {
    @Test
    void readsQuotedFieldsSpanningLinesAndKeepsOnlyQueriesWithRelevantClaims(@TempDir Path dir) throws IOException {
        Path claims = Files.writeString(dir.resolve("verified_claims.docs.tsv"),
                "\tvclaim\ttitle\n"
                        + "0\tThe bridge is closed.\tBridge Closed?\n"
                        + "1\t\"A \"\"quoted\"\" claim\nthat spans a line.\"\tQuoted\n"
                        + "2\tNo title here.\t\n");
        Files.createDirectories(dir.resolve("dev"));
        Files.writeString(dir.resolve("dev/tweets.queries.tsv"), "\ttweet_content\n7\tIs the bridge closed?\n8\tunjudged tweet\n");
        Files.writeString(dir.resolve("dev/tweet-vclaim-pairs.qrels"), "7\t0\t0\t1\n7\t0\t2\t0\n");

        ClaimMatchingSet set = Ct20Dataset.load(claims, dir.resolve("dev"));

        assertThat(set.claims()).containsExactly(
                new VerifiedClaim("0", "The bridge is closed.", "Bridge Closed?"),
                new VerifiedClaim("1", "A \"quoted\" claim\nthat spans a line.", "Quoted"),
                new VerifiedClaim("2", "No title here.", ""));
        assertThat(set.queries()).containsExactly(new ClaimQuery("7", "Is the bridge closed?"));
        assertThat(set.relevant()).containsEntry("7", Set.of("0"));
    }

    @Test
    void splitsRecordsOnTabsAndLineEnds() {
        assertThat(Ct20Dataset.records("a\tb\r\nc\t\"d\te\"\n")).containsExactly(List.of("a", "b"), List.of("c", "d\te"));
    }
}
