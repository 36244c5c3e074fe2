package dev.attest.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static LabelledText claim(String id, String speaker) {
        String text = speaker + " said taxes would rise.";
        Span source = new Span(0, speaker.length());
        Span cue = new Span(speaker.length() + 1, speaker.length() + 5);
        Span content = new Span(speaker.length() + 6, text.length() - 1);
        return new LabelledText(id, text,
                List.of(new RoleSpan(Role.SOURCE, source), new RoleSpan(Role.CUE, cue), new RoleSpan(Role.CONTENT, content)),
                List.of(new LabelledText.Relation(cue, content, source)));
    }

    @Test
    void aModelTrainedOnAMiddleLayersStatesRecordsThatLayerAndScoresItsHeldOutArticles() {
        List<LabelledText> train = new ArrayList<>();
        for (String name : List.of("Smith", "Jones", "The mayor", "Officials", "Brown", "Her lawyer")) {
            train.add(claim(name, name));
        }
        Trainer.Options options = new Trainer.Options(4, 1, 1e-3, 0.7, 0.0, 8, 1L);
        Trainer.Result result = Trainer.train(train, List.of(claim("held", "Green")), new FakeEncoder(3, List.of(4)),
                Pipeline.standard(), options, line -> { });
        assertThat(result.model().layers()).containsExactly(4);
        assertThat(result.heldOutF1ByEpoch()).hasSize(1);
    }
}
