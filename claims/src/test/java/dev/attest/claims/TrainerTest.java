package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains on a small file written here (factual numbers vs. pleasantries) and reads the result back. */
class TrainerTest {
    private static final String[] TOPICS = {"unemployment", "the deficit", "crime", "inflation", "the debt", "taxes"};
    private static final String[] SMALL_TALK = {
        "Thank you very much, it is good to be here.", "Let me answer that question.", "I want to talk about our future.",
        "Well, that is a great point.", "I appreciate the question.", "We have to do better as a country."};

    @Test
    void trainsWritesAndReloadsAModel(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(List.of("Sentence_id\tText\tclass_label"));
        int id = 1;
        for (int i = 0; i < 90; i++) {
            String topic = TOPICS[i % TOPICS.length];
            lines.add(id++ + "\t" + capitalise(topic) + " rose by " + (3 + i) + " percent in " + (1990 + i % 30) + ".\tYes");
            lines.add(id++ + "\t" + SMALL_TALK[i % SMALL_TALK.length] + "\tNo");
        }
        lines.add(id++ + "\tWe cut spending by 12 percent.\tNo" + id++ + "\tThanks to all of you.\tNo"); // glued, as in CT24
        Path train = dir.resolve("train.tsv");
        Files.write(train, lines);
        List<String> log = new ArrayList<>();

        Trainer.Report r = Trainer.train(train, dir.resolve("model"), log::add);

        assertThat(r.sentences()).isEqualTo(182);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.cvF1Cascade()).isGreaterThan(0.9);
        assertThat(log).anyMatch(l -> l.startsWith("cross-validated F1(Yes)"));
        assertThat(Files.readString(r.metadataFile())).contains("\"model_id\": \"" + r.modelId() + "\"", "\"train_sentences\": 182");
        CheckworthinessModel model;
        try (InputStream in = Files.newInputStream(r.modelFile())) {
            model = CheckworthinessModel.read(in);
        }
        CheckworthinessScorer scorer = new CheckworthinessScorer(model, Analyzers.encoder(), 4);
        assertThat(scorer.score("Inflation rose by 7 percent in 2008.")).isGreaterThan(scorer.threshold());
        assertThat(scorer.score("Thank you, it is good to be here.")).isLessThan(scorer.threshold());
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
