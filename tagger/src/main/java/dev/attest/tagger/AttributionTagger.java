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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds attributions the way PolNeAR annotates them (beliefs, findings, noun cues, nested ones): MiniLM states per
 * word, a trained head tags source/cue/content, and {@link AttributionAssembler} joins the spans into statements.
 * The rule pipeline runs first; its cues, contents and speakers are input features of the head.
 *
 * <p>Thread-safe: the model is read-only and the encoder's session may run concurrently.
 */
public final class AttributionTagger {
    static final String MODEL_RESOURCE = "/dev/attest/tagger/attribution-tagger.bin";
    static final String SCOPE_RESOURCE = "/dev/attest/tagger/cue-scope.bin";
    static final String CUE_ENDINGS_RESOURCE = "/dev/attest/tagger/cue-endings.tsv";

    private final TaggerModel model;
    private final CueScopeModel scope;
    private final PieceEncoder encoder;
    private final Pipeline rules;
    private final CueEndings cueEndings;

    /** Without a cue scope model: contents, cues and sources are all the first head's, joined by nearness. */
    public AttributionTagger(TaggerModel model, PieceEncoder encoder, Pipeline rules) {
        this(model, null, encoder, rules);
    }

    /** With a cue scope model (may be null): the first head finds cues, the scope head each cue's content and source. */
    public AttributionTagger(TaggerModel model, CueScopeModel scope, PieceEncoder encoder, Pipeline rules) {
        this(model, scope, encoder, rules, CueEndings.NONE);
    }

    /** As above, with every statement's cue trimmed by {@code cueEndings}. */
    public AttributionTagger(TaggerModel model, CueScopeModel scope, PieceEncoder encoder, Pipeline rules, CueEndings cueEndings) {
        this.model = Objects.requireNonNull(model, "model");
        this.cueEndings = Objects.requireNonNull(cueEndings, "cueEndings");
        this.scope = scope;
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        if (!encoder.layers().equals(model.layers())) {
            throw new IllegalArgumentException("the tagger model reads MiniLM layers " + model.layers() + " but the encoder gives "
                    + encoder.layers());
        }
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The committed models with the MiniLM encoder and the standard rule pipeline. */
    public static AttributionTagger standard() {
        TaggerModel model = committedModel();
        return new AttributionTagger(model, committedScope(), new MiniLmStates(model.layers()), Pipeline.standard(), committedCueEndings());
    }

    public static CueEndings committedCueEndings() {
        return committed(CUE_ENDINGS_RESOURCE, "cue endings table", CueEndings::read);
    }

    public static CueScopeModel committedScope() {
        return committed(SCOPE_RESOURCE, "cue scope model", CueScopeModel::read);
    }

    public static TaggerModel committedModel() {
        return committed(MODEL_RESOURCE, "tagger model", TaggerModel::read);
    }

    private static <T> T committed(String resource, String what, ModelReader<T> reader) {
        try (InputStream in = AttributionTagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " missing from the classpath: " + resource + " (run ./attest train attribution-tagger)");
            }
            return reader.read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + what + " " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The tagger's own statements. */
    public List<Statement> tag(Article article) {
        return tag(article, rules.analyze(article).statements(), false);
    }

    /**
     * The cue scope head's statements (one per tagged cue it gives content), then the first head's statements whose
     * content overlaps none of them.
     *
     * @throws IllegalStateException when this tagger has no cue scope model
     */
    public List<Statement> scoped(Article article) {
        if (scope == null) {
            throw new IllegalStateException("this tagger has no cue scope model");
        }
        return tag(article, rules.analyze(article).statements(), true);
    }

    /**
     * Rule statements plus the tagger's statements whose content overlaps no rule statement's content: the rules
     * keep their speakers (resolved names, not just the local mention) and the tagger adds what they miss.
     */
    public List<Statement> hybrid(Article article) {
        List<Statement> ruleStatements = rules.analyze(article).statements();
        List<Statement> merged = new ArrayList<>(ruleStatements);
        for (Statement s : tag(article, ruleStatements, false)) {
            if (ruleStatements.stream().noneMatch(r -> r.content().overlaps(s.content()))) {
                merged.add(s.withId("t" + (merged.size() + 1)));
            }
        }
        return merged;
    }

    List<Statement> tag(Article article, List<Statement> ruleStatements, boolean withScope) {
        String text = article.text();
        PieceStates states = encoder.encode(text);
        Words words = Words.of(text, states);
        float[][] features = WordFeatures.of(text, words, ruleStatements);
        double[][][] logProbs = logProbabilities(states, words, features);
        Map<Role, List<AttributionAssembler.Tagged>> spans = decodeSpans(text, words, logProbs);
        List<Statement> assembled = AttributionAssembler.assemble(text, spans.get(Role.SOURCE), spans.get(Role.CUE), spans.get(Role.CONTENT), cueEndings);
        if (!withScope) {
            return assembled;
        }
        List<Statement> statements = new ArrayList<>(scopedStatements(text, states, words,
                ScopeFeatures.wordInputs(features, headProbabilities(logProbs)),
                BioDecoder.decode(scope.shiftedCueLogProbs(logProbs[Role.CUE.ordinal()]))));
        int scopedCount = statements.size();
        for (Statement s : assembled) {
            if (statements.subList(0, scopedCount).stream().noneMatch(t -> t.content().overlaps(s.content()))) {
                statements.add(s);
            }
        }
        statements.sort(java.util.Comparator.comparing(Statement::content));
        List<Statement> renumbered = new ArrayList<>();
        for (Statement s : statements) {
            renumbered.add(s.withId("t" + (renumbered.size() + 1)));
        }
        return renumbered;
    }

    /**
     * One statement per cue (the first head's, decoded under the scope model's cue shifts) to which the scope head
     * gives content; cues it gives none are dropped.
     */
    private List<Statement> scopedStatements(String text, PieceStates states, Words words, float[][] features, List<BioDecoder.WordRange> cues) {
        List<CueScope.CueScores> scores = CueScope.score(scope, states, words, features, ScopeFeatures.layout(text, words), cues);
        List<Statement> statements = new ArrayList<>();
        Set<Integer> cueStarts = new HashSet<>();
        for (BioDecoder.WordRange c : cues) {
            cueStarts.add(words.spans().get(c.first()).start());
        }
        for (var entry : CueScope.decodeAll(scores, scope.decodingShifts())) {
            BioDecoder.WordRange cue = cues.get(entry.getKey());
            CueScope.Decoded d = entry.getValue();
            Span content = AttributionAssembler.startAtThat(text, cover(text, words, d.contentFirst(), d.contentLast()));
            AttributionAssembler.Tagged source = d.hasSource()
                    ? new AttributionAssembler.Tagged(cover(text, words, d.sourceFirst(), d.sourceLast()), d.sourceConfidence()) : null;
            Span cueSpan = cover(text, words, cue.first(), cue.last());
            content = AttributionAssembler.endBeforeFollowingAttribution(text, content, cueSpan, source == null ? null : source.span(), cueStarts);
            statements.add(AttributionAssembler.statement(text, "t" + (statements.size() + 1), content,
                    cueSpan, source, d.contentConfidence() * cue.confidence(), cueEndings));
        }
        return statements;
    }

    private static Span cover(String text, Words words, int first, int last) {
        return new Span(words.spans().get(first).start(), Math.min(text.length(), words.spans().get(last).end()));
    }

    /** Decoded spans per role, in text order, each snapped to whole words and inside the text. */
    Map<Role, List<AttributionAssembler.Tagged>> tagSpans(String text, PieceStates states, Words words, float[][] features) {
        return decodeSpans(text, words, logProbabilities(states, words, features));
    }

    /** {@code [role][word][tag]}: the first head's log-probabilities. */
    double[][][] logProbabilities(PieceStates states, Words words, float[][] features) {
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
        return logProbs;
    }

    /** Per word, the first head's probabilities of every role's tags: the cue scope head reads them as features. */
    static float[][] headProbabilities(double[][][] logProbs) {
        int n = logProbs.length == 0 ? 0 : logProbs[0].length;
        float[][] probs = new float[n][TaggerModel.OUTPUTS];
        for (int r = 0; r < logProbs.length; r++) {
            for (int w = 0; w < n; w++) {
                for (int t = 0; t < Tag.COUNT; t++) {
                    probs[w][r * Tag.COUNT + t] = (float) Math.exp(logProbs[r][w][t]);
                }
            }
        }
        return probs;
    }

    static Map<Role, List<AttributionAssembler.Tagged>> decodeSpans(String text, Words words, double[][][] logProbs) {
        Map<Role, List<AttributionAssembler.Tagged>> spans = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            List<AttributionAssembler.Tagged> tagged = new ArrayList<>();
            for (BioDecoder.WordRange r : BioDecoder.decode(logProbs[role.ordinal()])) {
                tagged.add(new AttributionAssembler.Tagged(cover(text, words, r.first(), r.last()), r.confidence()));
            }
            spans.put(role, tagged);
        }
        return spans;
    }
}
