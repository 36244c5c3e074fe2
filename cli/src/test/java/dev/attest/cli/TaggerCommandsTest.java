package dev.attest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaggerCommandsTest {
    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** A one-article PolNeAR split: "The senator claimed on Tuesday that taxes would rise." */
    private static Path split(Path dir) throws IOException {
        String text = "Taxes\n\nThe senator claimed on Tuesday that taxes would rise.\n";
        Files.createDirectories(dir.resolve("text"));
        Files.createDirectories(dir.resolve("attributions"));
        Files.writeString(dir.resolve("text/a.txt"), text);
        Files.writeString(dir.resolve("attributions/a_4b22.ann"), String.join("\n",
                "T1\tSource 7 18\tThe senator",
                "T2\tCue 19 26\tclaimed",
                "T3\tContent 38 59\tthat taxes would rise",
                "T4\tAttribution 19 26\tclaimed",
                "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3", ""));
        return dir;
    }

    @Test
    void evalQuotesInTaggerModeScoresTheFirstHeadsStatements(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = run(out, err, "eval", "quotes", "--dataset", "polnear", split(dir).toString(), "--tagger=tagger", "--json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.at("/counts/gold").asInt()).isEqualTo(1);
        assertThat(report.at("/quote/exact/matched").asInt()).isEqualTo(1);
        assertThat(report.at("/source/exact/matched").asInt()).isEqualTo(1);
        // the committed model tags "claimed on" here (a headline before the sentence changes its context)
        assertThat(report.at("/cue/overlap30/matched").asInt()).isEqualTo(1);
    }

    @Test
    void evalQuotesWithTheScopedModeScoresTheCueScopeHeadsStatements(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = run(out, err, "eval", "quotes", "--dataset", "polnear", split(dir).toString(), "--tagger=scoped", "--json");

        assertThat(code).as(err.toString()).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString());
        assertThat(report.at("/quote/overlap30/matched").asInt()).isEqualTo(1);
        assertThat(report.at("/source/exact/matched").asInt()).isEqualTo(1);
    }

    @Test
    void theBareTaggerSwitchMeansTheScopedMode(@TempDir Path dir) throws IOException {
        StringWriter bare = new StringWriter();
        StringWriter scoped = new StringWriter();
        assertThat(run(bare, new StringWriter(), "eval", "quotes", "--dataset", "polnear", split(dir).toString(), "--tagger", "--json")).isZero();
        assertThat(run(scoped, new StringWriter(), "eval", "quotes", "--dataset", "polnear", split(dir).toString(), "--tagger=scoped", "--json")).isZero();
        ObjectMapper json = new ObjectMapper();
        for (String part : List.of("/quote", "/source", "/cue", "/counts")) {
            assertThat(json.readTree(bare.toString()).at(part)).as(part).isEqualTo(json.readTree(scoped.toString()).at(part));
        }
    }

    @Test
    void anUnknownTaggerModeIsAUsageError(@TempDir Path dir) throws IOException {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "eval", "quotes", "--dataset", "polnear", split(dir).toString(), "--tagger=crf");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("crf");
    }

    @Test
    void scopeOnlyTrainingWithAnUnreadableTaggerModelFailsNamingTheFile(@TempDir Path dir) throws IOException {
        Path junk = dir.resolve("junk.bin");
        Files.writeString(junk, "not a model");
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "train", "attribution-tagger", split(dir).toString(), "--scope-only",
                "--out", junk.toString(), "--scope-out", dir.resolve("s.bin").toString(), "--cache", dir.resolve("cache").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("cannot read or write a model file").contains(junk.toString());
        assertThat(Files.exists(dir.resolve("s.bin"))).isFalse();
    }

    @Test
    void trainingWithoutTheTrainSplitFailsNamingTheFolder(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        Path missing = dir.resolve("no-such-split");
        int code = run(new StringWriter(), err, "train", "attribution-tagger", missing.toString(), "--out", dir.resolve("m.bin").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("attest train attribution-tagger").contains(missing.toString());
        assertThat(Files.exists(dir.resolve("m.bin"))).isFalse();
    }

    @Test
    void aMiniLmLayerThatDoesNotExistIsAUsageErrorBeforeAnythingIsRead(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "train", "attribution-tagger", dir.resolve("no-such-split").toString(),
                "--layers", "4,7", "--out", dir.resolve("m.bin").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--layers").contains("[4, 7]");
        assertThat(Files.exists(dir.resolve("m.bin"))).isFalse();
    }

    @Test
    void membersAreJoinedIntoOneEnsembleModelThatTheScopeHeadIsTrainedOn(@TempDir Path dir) throws IOException {
        Path member = dir.resolve("member.bin");
        dev.attest.tagger.TaggerModel committed = dev.attest.tagger.AttributionTagger.committedModel();
        try (java.io.OutputStream file = Files.newOutputStream(member)) {
            committed.write(file);
        }
        int heads = 2 * committed.members();
        Path joined = dir.resolve("joined.bin");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "train", "attribution-tagger", split(dir.resolve("split")).toString(), "--members", member + "," + member,
                "--out", joined.toString(), "--scope-out", dir.resolve("s.bin").toString(), "--scope-epochs", "1",
                "--cache", dir.resolve("cache").toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("joined 2 tagger models into one ensemble of " + heads + " heads");
        try (java.io.InputStream in = Files.newInputStream(joined)) {
            assertThat(dev.attest.tagger.TaggerModel.read(in, joined.toString()).members()).isEqualTo(heads);
        }
        assertThat(Files.exists(dir.resolve("s.bin"))).isTrue();
    }

    @Test
    void membersWithScopeOnlyIsAUsageError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "train", "attribution-tagger", dir.toString(), "--scope-only",
                "--members", dir.resolve("a.bin").toString(), "--out", dir.resolve("m.bin").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--members").contains("--scope-only");
    }

    @Test
    void headOnlyWithScopeOnlyIsAUsageError(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "train", "attribution-tagger", dir.toString(), "--head-only",
                "--scope-only", "--out", dir.resolve("m.bin").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--head-only");
        assertThat(Files.exists(dir.resolve("m.bin"))).isFalse();
    }

    @Test
    void headOnlyTrainingWritesTheHeadAndNoScopeModel(@TempDir Path dir) throws IOException {
        Path head = dir.resolve("head.bin");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "train", "attribution-tagger", split(dir.resolve("split")).toString(), "--head-only", "--epochs", "1",
                "--hidden", "4", "--seed", "5", "--out", head.toString(), "--scope-out", dir.resolve("s.bin").toString(),
                "--cache", dir.resolve("cache").toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("wrote " + head);
        try (java.io.InputStream in = Files.newInputStream(head)) {
            assertThat(dev.attest.tagger.TaggerModel.read(in, head.toString()).members()).isEqualTo(1);
        }
        assertThat(Files.exists(dir.resolve("s.bin"))).isFalse();
    }

    @Test
    void trainCueEndingsCountsTheSplitAndWritesATableTheTaggerReads(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("endings.tsv");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = run(out, err, "train", "cue-endings", split(dir.resolve("split")).toString(), "--out", table.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("the cues of 1 train articles").contains("0 word pairs");
        try (var in = Files.newInputStream(table)) {
            assertThat(dev.attest.tagger.CueEndings.read(in, table.toString()).size()).isZero();
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("split", "endings.tsv");
    }

    @Test
    void trainCueEndingsWithoutTheSplitFailsNamingTheFolder(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        int code = run(new StringWriter(), err, "train", "cue-endings", dir.resolve("nowhere").toString(), "--out", dir.resolve("t.tsv").toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).startsWith("attest train cue-endings: ").contains("nowhere");
        assertThat(dir.resolve("t.tsv")).doesNotExist();
    }
}
