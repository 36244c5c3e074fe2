package dev.attest.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AttributionTaggerTest {
    private static final Pipeline RULES = Pipeline.standard();

    /** A model with random weights and a strong bias towards every tag, so random text yields many spans. */
    private static TaggerModel randomModel(long seed) {
        return randomModel(seed, List.of(MiniLmStates.LAYERS));
    }

    private static TaggerModel randomModel(long seed, List<Integer> layers) {
        Random random = new Random(seed);
        int hidden = 8;
        int inputs = TaggerModel.CONTEXT * TaggerModel.STATES + WordFeatures.COUNT;
        float[] mean = new float[TaggerModel.STATES];
        float[] scale = new float[TaggerModel.STATES];
        java.util.Arrays.fill(scale, 1f);
        float[] w1 = new float[inputs * hidden];
        float[] w2 = new float[hidden * TaggerModel.OUTPUTS];
        for (int i = 0; i < w1.length; i++) {
            w1[i] = (float) (random.nextGaussian() * 0.05);
        }
        for (int i = 0; i < w2.length; i++) {
            w2[i] = (float) (random.nextGaussian() * 2);
        }
        return new TaggerModel(layers, hidden, WordFeatures.COUNT, mean, scale, w1, new float[hidden], w2, new float[TaggerModel.OUTPUTS]);
    }

    /** A random cue scope model biased towards content and source tags, so every cue yields spans to check. */
    static CueScopeModel randomScope(long seed) {
        Random random = new Random(seed);
        int hidden = 8;
        float[] mean = new float[CueScopeModel.STATES];
        float[] scale = new float[CueScopeModel.STATES];
        java.util.Arrays.fill(scale, 1f);
        float[] word = new float[CueScopeModel.WORD_INPUTS * hidden];
        float[] cue = new float[CueScopeModel.STATES * hidden];
        float[] features = new float[ScopeFeatures.COUNT * hidden];
        for (float[] a : new float[][] {word, cue, features}) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) (random.nextGaussian() * 0.05);
            }
        }
        float[] w2 = new float[hidden * CueScopeModel.OUTPUTS];
        for (int i = 0; i < w2.length; i++) {
            w2[i] = (float) (random.nextGaussian() * 2);
        }
        float[] b2 = {0, 1, 1, 0, 1, 1};
        return new CueScopeModel(hidden, ScopeFeatures.COUNT, 1f, 0f, mean, scale, word, cue, features, new float[hidden], w2, b2);
    }

    @Test
    void randomTextNeverYieldsSpansOutsideTheTextOrOffWordBoundaries() {
        Random random = new Random(11);
        String[] vocabulary = {"said", "He", "the", "“", "”", "\"", ",", ".", "claims", "Smith", "\n\n", "é", "🙂", "that", "  ", "'"};
        int statements = 0;
        for (int round = 0; round < 150; round++) {
            AttributionTagger tagger = new AttributionTagger(randomModel(round), round % 2 == 0 ? null : randomScope(round),
                    new FakeEncoder(round), RULES);
            StringBuilder b = new StringBuilder();
            int words = random.nextInt(120);
            for (int i = 0; i < words; i++) {
                b.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String text = b.toString();
            Article article = Article.ofText("r" + round, text);
            List<Statement> found = new ArrayList<>(tagger.tag(article));
            found.addAll(tagger.hybrid(article));
            if (round % 2 == 1) {
                found.addAll(tagger.scoped(article));
            }
            for (Statement s : found) {
                List<Span> spans = new ArrayList<>(List.of(s.content()));
                if (s.cue() != null) {
                    spans.add(s.cue());
                }
                if (s.speaker() != null) {
                    spans.add(s.speaker().mention().span());
                }
                for (Span span : spans) {
                    assertThat(span.end()).isLessThanOrEqualTo(text.length());
                    assertThat(span.isEmpty()).isFalse();
                    if (s.provenance().rule().equals(AttributionAssembler.RULE)) {
                        assertThat(startsWord(text, span.start()) && endsWord(text, span.end())).as("%s in %s", span, text).isTrue();
                    }
                }
                statements++;
            }
        }
        assertThat(statements).as("the blast produced statements to check").isGreaterThan(50);
    }

    private static boolean startsWord(String text, int at) {
        return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) || !Character.isLetterOrDigit(text.charAt(at));
    }

    private static boolean endsWord(String text, int at) {
        return at == text.length() || !Character.isLetterOrDigit(text.charAt(at)) || !Character.isLetterOrDigit(text.charAt(at - 1));
    }

    private static TaggerModel roundTrip(TaggerModel model) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        return TaggerModel.read(new ByteArrayInputStream(bytes.toByteArray()), "memory");
    }

    @Test
    void aModelSurvivesWritingAndReading() throws IOException {
        TaggerModel model = randomModel(3);
        TaggerModel read = roundTrip(model);
        String text = "Smith said taxes would rise.";
        Article article = Article.ofText("a", text);
        assertThat(new AttributionTagger(read, new FakeEncoder(1), RULES).tag(article))
                .isEqualTo(new AttributionTagger(model, new FakeEncoder(1), RULES).tag(article));
    }

    @Test
    void theMiniLmLayersAModelWasTrainedOnTravelWithItsFile() throws IOException {
        TaggerModel model = randomModel(3, List.of(3, 4));
        assertThat(roundTrip(model).layers()).containsExactly(3, 4);
    }

    @Test
    void aVersionOneFileWithoutLayersReadsAsLastLayerStates() throws IOException {
        TaggerModel model = randomModel(3);
        TaggerModel read = TaggerModel.read(new ByteArrayInputStream(legacyFile(model, "attest-attribution-tagger 1")), "v1.bin");
        assertThat(read.layers()).containsExactly(MiniLmStates.LAYERS);
        Article article = Article.ofText("a", "Smith said taxes would rise.");
        assertThat(new AttributionTagger(read, new FakeEncoder(1), RULES).tag(article))
                .isEqualTo(new AttributionTagger(model, new FakeEncoder(1), RULES).tag(article));
    }

    @Test
    void aVersionTwoSingleHeadFileKeepsItsLayersAndScores() throws IOException {
        TaggerModel model = randomModel(3, List.of(4));
        TaggerModel read = TaggerModel.read(new ByteArrayInputStream(legacyFile(model, "attest-attribution-tagger 2")), "v2.bin");
        assertThat(read.layers()).containsExactly(4);
        assertThat(scores(read, 5)).isEqualTo(scores(model, 5));
    }

    @Test
    void anEnsembleScoresTheMeanOfItsMembersAndSurvivesWritingAndReading() throws IOException {
        TaggerModel a = randomModel(3);
        TaggerModel b = randomModel(4);
        TaggerModel ensemble = roundTrip(TaggerModel.ensemble(List.of(a, b)));
        assertThat(ensemble.members()).isEqualTo(2);
        float[] sa = scores(a, 9);
        float[] sb = scores(b, 9);
        float[] se = scores(ensemble, 9);
        for (int i = 0; i < se.length; i++) {
            assertThat(se[i]).isCloseTo((sa[i] + sb[i]) / 2, org.assertj.core.data.Offset.offset(1e-5f));
        }
        assertThat(sa).isNotEqualTo(sb);
    }

    @Test
    void ensembleMembersOfOtherLayersAreRefused() {
        assertThatThrownBy(() -> TaggerModel.ensemble(List.of(randomModel(3, List.of(4)), randomModel(4, List.of(6)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[4]").hasMessageContaining("[6]");
    }

    /** The output scores of one random input vector. */
    private static float[] scores(TaggerModel model, long seed) {
        Random random = new Random(seed);
        float[] x = new float[model.inputs()];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        float[] out = new float[TaggerModel.OUTPUTS];
        model.forward(x, new float[model.hidden], out);
        return out;
    }

    /** A single-head model in the layout of format 1 (no layer list) or 2 (layer list, then hidden and features). */
    private static byte[] legacyFile(TaggerModel model, String header) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeUTF(header);
        if (header.endsWith("2")) {
            out.writeInt(model.layers().size());
            for (int layer : model.layers()) {
                out.writeInt(layer);
            }
        }
        TaggerModel.Head head = model.heads.getFirst();
        out.writeInt(head.hidden());
        out.writeInt(model.features);
        for (float[] array : new float[][] {model.mean, model.scale, head.w1(), head.b1(), head.w2(), head.b2()}) {
            for (float v : array) {
                out.writeFloat(v);
            }
        }
        out.flush();
        return bytes.toByteArray();
    }

    @Test
    void aModelIsNotRunOnStatesOfOtherLayers() {
        assertThatThrownBy(() -> new AttributionTagger(randomModel(3, List.of(4)), new FakeEncoder(1), RULES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[4]").hasMessageContaining("[6]");
    }

    @Test
    void aFileOfAnotherFormatIsRejectedWithItsName() {
        byte[] junk = "not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TaggerModel.read(new ByteArrayInputStream(junk), "junk.bin"))
                .isInstanceOf(IOException.class).hasMessageContaining("junk.bin");
        assertThatThrownBy(() -> CueScopeModel.read(new ByteArrayInputStream(junk), "junk-scope.bin"))
                .isInstanceOf(IOException.class).hasMessageContaining("junk-scope.bin");
    }

    @Test
    void aCueScopeEnsembleScoresTheMeanOfItsNetsAndSurvivesWritingAndReading() throws IOException {
        CueScopeModel a = randomScope(5);
        CueScopeModel b = randomScope(6);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CueScopeModel.ensemble(List.of(a, b)).write(bytes);
        CueScopeModel joined = CueScopeModel.read(new ByteArrayInputStream(bytes.toByteArray()), "joined.bin");
        assertThat(joined.members()).isEqualTo(2);
        String text = "Smith said taxes would rise. \"They will not,\" Jones replied.";
        PieceStates states = new FakeEncoder(1).encode(text);
        Words words = Words.of(text, states);
        float[][] inputs = ScopeFeatures.wordInputs(WordFeatures.of(text, words, List.of()), new float[words.size()][TaggerModel.OUTPUTS]);
        ScopeFeatures.Layout layout = ScopeFeatures.layout(text, words);
        List<BioDecoder.WordRange> cues = List.of(new BioDecoder.WordRange(1, 1, 1), new BioDecoder.WordRange(words.size() - 2, words.size() - 2, 1));
        List<CueScope.CueScores> sa = CueScope.score(a, states, words, inputs, layout, cues);
        List<CueScope.CueScores> sb = CueScope.score(b, states, words, inputs, layout, cues);
        List<CueScope.CueScores> se = CueScope.score(joined, states, words, inputs, layout, cues);
        for (int c = 0; c < cues.size(); c++) {
            for (int w = 0; w < se.get(c).scores().length; w++) {
                for (int o = 0; o < CueScopeModel.OUTPUTS; o++) {
                    assertThat(se.get(c).scores()[w][o]).isCloseTo((sa.get(c).scores()[w][o] + sb.get(c).scores()[w][o]) / 2,
                            org.assertj.core.data.Offset.offset(1e-5f));
                }
            }
        }
        assertThat(sa.getFirst().scores()[0]).isNotEqualTo(sb.getFirst().scores()[0]);
    }

    @Test
    void aVersionTwoCueScopeFileReadsAsOneNet() throws IOException {
        CueScopeModel scope = randomScope(5);
        CueScopeModel.Net net = scope.nets.getFirst();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        out.writeUTF("attest-cue-scope 2");
        out.writeInt(net.hidden());
        out.writeInt(scope.features);
        out.writeFloat(scope.cueBeginShift);
        out.writeFloat(scope.cueInsideShift);
        for (float[] array : new float[][] {scope.mean, scope.scale, net.wordWeights(), net.cueWeights(), net.featureWeights(), net.b1(), net.w2(), net.b2()}) {
            for (float v : array) {
                out.writeFloat(v);
            }
        }
        out.flush();
        CueScopeModel read = CueScopeModel.read(new ByteArrayInputStream(bytes.toByteArray()), "v2-scope.bin");
        Article article = Article.ofText("a", "Smith said taxes would rise. \"They will not,\" Jones replied.");
        assertThat(new AttributionTagger(randomModel(3), read, new FakeEncoder(1), RULES).scoped(article))
                .isEqualTo(new AttributionTagger(randomModel(3), scope, new FakeEncoder(1), RULES).scoped(article));
    }

    @Test
    void aCueScopeModelSurvivesWritingAndReading() throws IOException {
        CueScopeModel scope = randomScope(5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        scope.write(bytes);
        CueScopeModel read = CueScopeModel.read(new ByteArrayInputStream(bytes.toByteArray()), "memory");
        Article article = Article.ofText("a", "Smith said taxes would rise. \"They will not,\" Jones replied.");
        List<Statement> original = new AttributionTagger(randomModel(3), scope, new FakeEncoder(1), RULES).scoped(article);
        assertThat(original).isNotEmpty();
        assertThat(new AttributionTagger(randomModel(3), read, new FakeEncoder(1), RULES).scoped(article)).isEqualTo(original);
        byte[] truncated = java.util.Arrays.copyOf(bytes.toByteArray(), bytes.size() - 5);
        assertThatThrownBy(() -> CueScopeModel.read(new ByteArrayInputStream(truncated), "cut.bin"))
                .isInstanceOf(IOException.class).hasMessageContaining("cut.bin");
    }
}
