package dev.attest.claims.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClaimRerankerTest {
    private static final VerifiedClaim BRIDGE = new VerifiedClaim("bridge", "The Golden Gate bridge closed in 2019.", "Bridge Closed?");
    private static final VerifiedClaim CAT = new VerifiedClaim("cat", "A cat was elected mayor.", "Cat Mayor");
    private static final VerifiedClaim PARAPHRASE = new VerifiedClaim("para", "The crossing shut down.", "");
    private static final VerifiedClaim MAYOR = new VerifiedClaim("mayor", "A town elected its first mayor.", "");

    @Test
    void theBundledModelPrefersTheCandidateThatIsCloseByWordsAndByMeaning() {
        ClaimReranker reranker = ClaimReranker.bundled(List.of(BRIDGE, CAT, PARAPHRASE));
        MatchQuery q = new MatchQuery("Golden Gate bridge closed in 2019!", new float[] {1, 0}, List.of(), new float[] {0, 1}, List.of(), Optional.empty());
        List<ClaimCandidate> candidates = List.of(
                new ClaimCandidate(CAT, 0.5, new float[] {0, 1}, new float[] {0, 1}, new float[] {1, 0}),
                new ClaimCandidate(BRIDGE, 12.0, new float[] {0.95f, 0.31f}, new float[] {0.9f, 0.44f}, new float[] {0.2f, 0.98f}));

        List<ScoredClaim> ranked = reranker.rank(q, candidates);

        assertThat(ranked).extracting(ScoredClaim::claimId).containsExactly("bridge", "cat");
        assertThat(ranked.get(0).score() + ranked.get(1).score()).isCloseTo(1.0, within(1e-9));
        assertThat(ranked.get(0).score()).isGreaterThan(0.9);
    }

    @Test
    void modelFilesRoundTripAndABadLineIsNamed() {
        RerankerModel m = new RerankerModel(List.of("a", "b"), new double[] {0.5, 1}, new double[] {2, 1}, new double[] {1.5, -0.25}, 0.125, List.of("made by a test"));

        RerankerModel back = RerankerModel.parse(m.format(), "model.tsv");

        assertThat(back.features()).containsExactly("a", "b");
        assertThat(back.notes()).containsExactly("made by a test");
        assertThat(back.logit(new double[] {2.5, 3})).isCloseTo(0.125 + 1.5 * 1 - 0.25 * 2, within(1e-9));
        assertThatThrownBy(() -> RerankerModel.parse("feature\tmean\tscale\tweight\na\t1\tx\t2\n(bias)\t0\n", "model.tsv"))
                .hasMessageStartingWith("model.tsv line 2: not a number");
        assertThatThrownBy(() -> RerankerModel.parse("a\t1\t1\t1\n", "model.tsv")).hasMessage("model.tsv: no (bias) line");
    }

    @Test
    void candidatesAreBm25sTopThenEachEncodersTopWithoutRepeatsAndWithTheirBm25Scores() {
        List<VerifiedClaim> claims = List.of(BRIDGE, CAT, PARAPHRASE, MAYOR);
        Map<String, float[]> minilm = Map.of(
                BRIDGE.text(), new float[] {1, 0}, BRIDGE.title(), new float[] {1, 0},
                CAT.text(), new float[] {0, 1}, CAT.title(), new float[] {0, 1},
                PARAPHRASE.text(), new float[] {0.8f, 0.6f},
                MAYOR.text(), new float[] {0, 1},
                "bridge closed", new float[] {0.8f, 0.6f});
        // the retrieval encoder embeds queries apart from claims and ranks the mayor claim second
        Map<String, float[]> retrievalClaims = Map.of(
                BRIDGE.passage(), new float[] {0.6f, 0.8f},
                CAT.passage(), new float[] {-1, 0},
                PARAPHRASE.passage(), new float[] {1, 0},
                MAYOR.passage(), new float[] {0.8f, 0.6f});
        Map<String, float[]> retrievalQueries = Map.of("bridge closed", new float[] {1, 0});
        // BM25 finds the bridge and, far down, the cat; only the embeddings find the paraphrase and the mayor
        LexicalRetriever bm25 = (text, k) -> List.of(new ScoredClaim("bridge", 9), new ScoredClaim("cat", 1));
        CandidateFinder finder = new CandidateFinder(bm25,
                new EmbeddingSpace(ClaimEmbeddings.compute(claims, minilm::get, 1), minilm::get),
                new EmbeddingSpace(ClaimEmbeddings.computePassages(claims, retrievalClaims::get, 1), retrievalQueries::get), 2, 2, 2);

        List<ClaimCandidate> found = finder.candidates(finder.query("bridge closed"));

        assertThat(found).extracting(c -> c.claim().id()).containsExactly("bridge", "cat", "para", "mayor");
        assertThat(found).extracting(ClaimCandidate::bm25).containsExactly(9.0, 1.0, 0.0, 0.0);
        assertThat(found.get(2).titleEmbedding()).isNull();
        assertThat(found.get(3).retrievalEmbedding()).containsExactly(0.8f, 0.6f);
    }
}
