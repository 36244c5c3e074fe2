package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanceDatasetsTest {

    @Test
    void joinsFncStancesToTheirBodies(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x_bodies.csv"), "Body ID,articleBody\n7,\"The mayor, they say,\nresigned.\"\n");
        Files.writeString(dir.resolve("x_stances.csv"), "Headline,Body ID,Stance\nMayor resigns,7,agree\n\"Cats, dogs\",7,unrelated\n");
        List<StancePair> pairs = StanceDatasets.fnc1(dir);
        assertThat(pairs).containsExactly(
                new StancePair("7", "Mayor resigns", "The mayor, they say,\nresigned.", "agree"),
                new StancePair("7", "Cats, dogs", "The mayor, they say,\nresigned.", "unrelated"));
    }

    @Test
    void rejectsAStanceWhoseBodyIsMissingOrWhoseLabelIsUnknown(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bodies.csv"), "Body ID,articleBody\n1,text\n");
        Files.writeString(dir.resolve("stances.csv"), "Headline,Body ID,Stance\nH,2,agree\n");
        assertThatThrownBy(() -> StanceDatasets.fnc1(dir)).isInstanceOf(IOException.class).hasMessageContaining("body 2");
        Files.writeString(dir.resolve("stances.csv"), "Headline,Body ID,Stance\nH,1,maybe\n");
        assertThatThrownBy(() -> StanceDatasets.fnc1(dir)).isInstanceOf(IOException.class).hasMessageContaining("maybe");
    }

    @Test
    void readsEmergentByColumnName(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("e.csv");
        Files.writeString(f, ",claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId\n"
                + "0,A bird pooped on a president,\"Bird video is a hoax, experts say\",against,a1,c1\n");
        assertThat(StanceDatasets.emergent(f)).containsExactly(
                new StancePair("c1", "A bird pooped on a president", "Bird video is a hoax, experts say", "against"));
    }
}
