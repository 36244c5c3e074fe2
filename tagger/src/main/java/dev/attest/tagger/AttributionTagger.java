package dev.attest.tagger;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds attributions the way PolNeAR annotates them (beliefs, findings, noun cues, nested ones): MiniLM states per
 * word, a trained head tags source/cue/content, and {@link AttributionAssembler} joins the spans into statements.
 * The rule pipeline runs first; its cues, contents and speakers are input features of the head.
 *
 * <p>Thread-safe: the model is read-only and the encoder's session may run concurrently.
 */
public final class AttributionTagger {
    static final String MODEL_RESOURCE = "/dev/attest/tagger/attribution-tagger.bin";

    private final TaggerModel model;
    private final PieceEncoder encoder;
    private final Pipeline rules;

    public AttributionTagger(TaggerModel model, PieceEncoder encoder, Pipeline rules) {
        this.model = Objects.requireNonNull(model, "model");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The committed model with the MiniLM encoder and the standard rule pipeline. */
    public static AttributionTagger standard() {
        return new AttributionTagger(committedModel(), new MiniLmStates(), Pipeline.standard());
    }

    public static TaggerModel committedModel() {
        try (InputStream in = AttributionTagger.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("tagger model missing from the classpath: " + MODEL_RESOURCE
                        + " (run ./attest train attribution-tagger)");
            }
            return TaggerModel.read(in, MODEL_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tagger model " + MODEL_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The tagger's own statements. */
    public List<Statement> tag(Article article) {
        return tag(article, rules.analyze(article).statements());
    }

    /**
     * Rule statements plus the tagger's statements whose content overlaps no rule statement's content: the rules
     * keep their speakers (resolved names, not just the local mention) and the tagger adds what they miss.
     */
    public List<Statement> hybrid(Article article) {
        List<Statement> ruleStatements = rules.analyze(article).statements();
        List<Statement> merged = new ArrayList<>(ruleStatements);
        for (Statement s : tag(article, ruleStatements)) {
            if (ruleStatements.stream().noneMatch(r -> r.content().overlaps(s.content()))) {
                merged.add(s.withId("t" + (merged.size() + 1)));
            }
        }
        return merged;
    }

    List<Statement> tag(Article article, List<Statement> ruleStatements) {
        String text = article.text();
        PieceStates states = encoder.encode(text);
        Words words = Words.of(text, states);
        Map<Role, List<AttributionAssembler.Tagged>> spans = tagSpans(text, states, words, WordFeatures.of(text, words, ruleStatements));
        return AttributionAssembler.assemble(text, spans.get(Role.SOURCE), spans.get(Role.CUE), spans.get(Role.CONTENT));
    }

    /** Decoded spans per role, in text order, each snapped to whole words and inside the text. */
    Map<Role, List<AttributionAssembler.Tagged>> tagSpans(String text, PieceStates states, Words words, float[][] features) {
        int n = words.size();
        double[][][] logProbs = new double[Role.values().length][n][Tag.COUNT];
        float[] x = new float[model.inputs()];
        float[] h = new float[model.hidden];
        float[] out = new float[TaggerModel.OUTPUTS];
        for (int w = 0; w < n; w++) {
            model.input(states, words, features, w, x);
            model.forward(x, h, out);
            for (Role role : Role.values()) {
                TaggerModel.logSoftmax(out, role, logProbs[role.ordinal()][w]);
            }
        }
        Map<Role, List<AttributionAssembler.Tagged>> spans = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            List<AttributionAssembler.Tagged> tagged = new ArrayList<>();
            for (BioDecoder.WordRange r : BioDecoder.decode(logProbs[role.ordinal()])) {
                Span span = new Span(words.spans().get(r.first()).start(), Math.min(text.length(), words.spans().get(r.last()).end()));
                tagged.add(new AttributionAssembler.Tagged(span, r.confidence()));
            }
            spans.put(role, tagged);
        }
        return spans;
    }
}
