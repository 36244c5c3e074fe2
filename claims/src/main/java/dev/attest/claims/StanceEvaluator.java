package dev.attest.claims;

import dev.attest.core.model.Span;
import dev.attest.core.text.Layout;
import dev.attest.core.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Measures the machinery behind disputes on stance data sets: does this text support, contest or
 * merely report this claim? Relatedness comes from TF-IDF and MiniLM similarity; the stance from
 * the hedge and dispute cues ({@link StanceCues}), the text's words and (for headlines) its
 * embedding, weighted by a logistic regression.
 *
 * <p>Only the evaluation half of each data set is available here, so the classifier is trained and
 * tested by {@value #FOLDS}-fold cross-validation grouped by what pairs share (the FNC-1 body, the
 * Emergent claim): no test pair ever shares its body or claim with a training pair. The numbers are
 * therefore comparable in protocol, not identical, to the published train/test results.
 */
public final class StanceEvaluator {
    static final int FOLDS = 5;
    static final int MAX_BODY_SENTENCES = 40;
    static final int FOCUS_SENTENCES = 3;
    static final int HASH_BITS = 16;
    private static final LogisticRegression.Options OPTIONS = new LogisticRegression.Options(10, 0.1, 1e-5, 20261127L);

    private final SentenceEncoder encoder;
    private final Layout.Builder layouts = new Layout.Builder();
    private final Tokenizer tokenizer = new Tokenizer();

    public StanceEvaluator(SentenceEncoder encoder) {
        this.encoder = Objects.requireNonNull(encoder, "encoder");
    }

    // ---------------------------------------------------------------- FNC-1

    /** FNC-1 (headline vs body; agree, disagree, discuss, unrelated) from a folder with bodies and stances CSVs. */
    public StanceReport fnc1(Path dir) throws IOException {
        return fnc1(StanceDatasets.fnc1(dir), dir.toString());
    }

    /** FNC-1 on given pairs (for instance a subset of bodies). */
    public StanceReport fnc1(List<StancePair> pairs, String path) {
        long start = System.nanoTime();
        List<String> labels = StanceDatasets.FNC_LABELS;
        int unrelated = labels.indexOf("unrelated");

        Map<String, Body> bodies = new LinkedHashMap<>();
        for (StancePair p : pairs) {
            bodies.computeIfAbsent(p.group(), id -> body(p.text()));
        }
        List<String> headlines = pairs.stream().map(StancePair::claim).distinct().toList();
        List<String> toEmbed = new ArrayList<>(headlines);
        bodies.values().forEach(b -> toEmbed.addAll(b.sentences()));
        Map<String, float[]> embedding = embedAll(toEmbed);
        List<List<String>> documents = new ArrayList<>();
        headlines.forEach(h -> documents.add(terms(h)));
        bodies.values().forEach(b -> documents.add(b.terms()));
        Tfidf tfidf = new Tfidf(documents);
        Map<String, Map<String, Double>> bodyVectors = new HashMap<>();
        Map<String, Map<String, Double>> leadVectors = new HashMap<>();
        bodies.forEach((id, b) -> {
            bodyVectors.put(id, tfidf.vector(b.terms()));
            leadVectors.put(id, tfidf.vector(b.leadTerms()));
        });

        List<SparseVector> relatedness = new ArrayList<>();
        List<SparseVector> stance = new ArrayList<>();
        int[] gold = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            StancePair p = pairs.get(i);
            Body b = bodies.get(p.group());
            float[] h = embedding.get(p.claim());
            List<String> hTerms = terms(p.claim());
            Map<String, Double> hVector = tfidf.vector(hTerms);
            double[] sims = new double[b.sentences().size()];
            for (int s = 0; s < sims.length; s++) {
                sims[s] = dot(h, embedding.get(b.sentences().get(s)));
            }
            Integer[] bySimilarity = IntStream.range(0, sims.length).boxed()
                    .sorted((x, y) -> Double.compare(sims[y], sims[x])).toArray(Integer[]::new);
            double max = sims.length == 0 ? 0 : sims[bySimilarity[0]];
            double top = 0;
            int topN = Math.min(FOCUS_SENTENCES, sims.length);
            for (int k = 0; k < topN; k++) {
                top += sims[bySimilarity[k]] / topN;
            }
            double[] rel = {
                Tfidf.cosine(hVector, bodyVectors.get(p.group())),
                Tfidf.cosine(hVector, leadVectors.get(p.group())),
                max,
                top,
                sims.length == 0 ? 0 : sims[0],
                coverage(hTerms, b.termSet()),
                coverage(hTerms, new java.util.HashSet<>(b.leadTerms())),
                Math.log1p(b.sentences().size()) / Math.log(MAX_BODY_SENTENCES + 1)
            };
            relatedness.add(dense(rel));
            List<Word> focusWords = new ArrayList<>();
            for (int k = 0; k < topN; k++) {
                focusWords.addAll(b.words().get(bySimilarity[k]));
            }
            double[] focus = scale(StanceCues.count(focusWords), 1.0 / Math.max(1, topN));
            double[] whole = scale(b.cues(), 1.0 / Math.max(1, b.sentences().size()));
            double[] head = StanceCues.count(words(p.claim()));
            double[] all = concat(rel, focus, whole, head, new double[] {max * focus[0], max * focus[1], max * focus[6]});
            stance.add(withHashedWords(all, focusWords));
            gold[i] = labels.indexOf(p.gold());
        }

        int[] fold = groupFolds(pairs);
        int[] predicted = new int[pairs.size()];
        for (int k = 0; k < FOLDS; k++) {
            List<SparseVector> relTrain = new ArrayList<>();
            List<Boolean> relGold = new ArrayList<>();
            List<SparseVector> stanceTrain = new ArrayList<>();
            List<Integer> stanceGold = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (fold[i] == k) {
                    continue;
                }
                relTrain.add(relatedness.get(i));
                relGold.add(gold[i] != unrelated);
                if (gold[i] != unrelated) {
                    stanceTrain.add(stance.get(i));
                    stanceGold.add(gold[i]);
                }
            }
            boolean[] yRel = toBooleans(relGold);
            float[] wRel = LogisticRegression.train(relTrain, yRel, RELATEDNESS_FEATURES, OPTIONS);
            double threshold = fncThreshold(wRel, relTrain, yRel);
            int[] yStance = stanceGold.stream().mapToInt(Integer::intValue).toArray();
            float[][] wStance = SoftmaxRegression.train(stanceTrain, yStance, labels.size(), stanceSize(),
                    classWeights(yStance, labels.size()), OPTIONS);
            for (int i = 0; i < pairs.size(); i++) {
                if (fold[i] != k) {
                    continue;
                }
                boolean related = LogisticRegression.probability(wRel, relatedness.get(i)) >= threshold;
                predicted[i] = related ? bestRelated(wStance, stance.get(i), unrelated) : unrelated;
            }
        }
        return report("fnc1", path, labels, gold, predicted, start);
    }

    /** The relatedness threshold that maximises the FNC-1 credit on the training fold (1 per related pair kept, 0.25 per unrelated). */
    private static double fncThreshold(float[] w, List<SparseVector> x, boolean[] related) {
        double best = 0.5;
        double bestScore = -1;
        double[] p = new double[x.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = LogisticRegression.probability(w, x.get(i));
        }
        for (int t = 5; t <= 95; t++) {
            double score = 0;
            for (int i = 0; i < p.length; i++) {
                boolean predicted = p[i] >= t / 100.0;
                score += predicted && related[i] ? 1 : !predicted && !related[i] ? 0.25 : 0;
            }
            if (score > bestScore) {
                bestScore = score;
                best = t / 100.0;
            }
        }
        return best;
    }

    private static int bestRelated(float[][] w, SparseVector v, int unrelated) {
        double[] p = SoftmaxRegression.probabilities(w, v);
        int best = -1;
        for (int k = 0; k < p.length; k++) {
            if (k != unrelated && (best < 0 || p[k] > p[best])) {
                best = k;
            }
        }
        return best;
    }

    private record Body(List<String> sentences, List<List<Word>> words, List<String> terms, List<String> leadTerms,
            java.util.Set<String> termSet, double[] cues) {}

    private Body body(String text) {
        Layout layout = layouts.build(text);
        List<String> sentences = new ArrayList<>();
        List<List<Word>> words = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        List<String> lead = new ArrayList<>();
        double[] cues = new double[StanceCues.COUNT];
        for (Span s : layout.sentences()) {
            if (sentences.size() == MAX_BODY_SENTENCES) {
                break;
            }
            List<Word> w = Word.of(layout.tokensIn(s.start(), s.end()));
            List<String> t = KeyTerms.contentWords(w);
            sentences.add(s.of(text));
            words.add(w);
            terms.addAll(t);
            if (sentences.size() <= 2) {
                lead.addAll(t);
            }
            double[] c = StanceCues.count(w);
            for (int k = 0; k < c.length; k++) {
                cues[k] += c[k];
            }
        }
        return new Body(sentences, words, terms, lead, new java.util.HashSet<>(terms), cues);
    }

    private static int stanceSize() {
        return STANCE_DENSE + (1 << HASH_BITS);
    }

    private static final int RELATEDNESS_FEATURES = 8;

    /** rel 8 + focus cues + whole-body cues + headline cues + 3 products. */
    private static final int STANCE_DENSE = RELATEDNESS_FEATURES + 3 * StanceCues.COUNT + 3;

    // ---------------------------------------------------------------- Emergent

    /** Emergent (claim vs article headline; for, against, observing) from the CSV. */
    public StanceReport emergent(Path file) throws IOException {
        return emergent(StanceDatasets.emergent(file), file.toString());
    }

    /** Emergent on given pairs. */
    public StanceReport emergent(List<StancePair> pairs, String path) {
        long start = System.nanoTime();
        List<String> labels = StanceDatasets.EMERGENT_LABELS;
        List<String> texts = new ArrayList<>();
        pairs.forEach(p -> {
            texts.add(p.claim());
            texts.add(p.text());
        });
        Map<String, float[]> embedding = embedAll(texts.stream().distinct().toList());
        Tfidf tfidf = new Tfidf(texts.stream().distinct().map(this::terms).toList());
        List<SparseVector> x = new ArrayList<>();
        int[] gold = new int[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            StancePair p = pairs.get(i);
            List<String> claimTerms = terms(p.claim());
            List<String> headlineTerms = terms(p.text());
            List<Word> headlineWords = words(p.text());
            float[] e = embedding.get(p.text());
            double[] dense = concat(new double[] {
                dot(embedding.get(p.claim()), e),
                coverage(claimTerms, new java.util.HashSet<>(headlineTerms)),
                Tfidf.cosine(tfidf.vector(claimTerms), tfidf.vector(headlineTerms)),
                p.text().contains("\"") || p.text().contains("“") || p.text().contains("'") ? 1 : 0
            }, StanceCues.count(headlineWords));
            double[] withEmbedding = new double[dense.length + e.length];
            System.arraycopy(dense, 0, withEmbedding, 0, dense.length);
            for (int d = 0; d < e.length; d++) {
                withEmbedding[dense.length + d] = e[d];
            }
            x.add(withHashedWords(withEmbedding, headlineWords, EMERGENT_DENSE));
            gold[i] = labels.indexOf(p.gold());
        }
        int[] fold = groupFolds(pairs);
        int[] predicted = new int[pairs.size()];
        for (int k = 0; k < FOLDS; k++) {
            List<SparseVector> train = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                if (fold[i] != k) {
                    train.add(x.get(i));
                    y.add(gold[i]);
                }
            }
            int[] yy = y.stream().mapToInt(Integer::intValue).toArray();
            float[][] w = SoftmaxRegression.train(train, yy, labels.size(), EMERGENT_DENSE + (1 << HASH_BITS),
                    classWeights(yy, labels.size()), OPTIONS);
            for (int i = 0; i < pairs.size(); i++) {
                if (fold[i] == k) {
                    predicted[i] = SoftmaxRegression.predict(w, x.get(i));
                }
            }
        }
        return report("emergent", path, labels, gold, predicted, start);
    }

    private static final int EMERGENT_DENSE = 4 + StanceCues.COUNT + SentenceEncoder.DIMENSIONS;

    // ---------------------------------------------------------------- shared

    private static StanceReport report(String dataset, String path, List<String> labels, int[] gold, int[] predicted, long start) {
        int[][] confusion = new int[labels.size()][labels.size()];
        for (int i = 0; i < gold.length; i++) {
            confusion[gold[i]][predicted[i]]++;
        }
        String protocol = FOLDS + "-fold cross-validation grouped by " + (dataset.equals("fnc1") ? "body" : "claim");
        return new StanceReport(dataset, path, labels, confusion, protocol, (System.nanoTime() - start) / 1e9);
    }

    private Map<String, float[]> embedAll(List<String> texts) {
        List<String> unique = texts.stream().distinct().toList();
        float[][] vectors = new float[unique.size()][];
        // One ONNX thread per call: a parallel stream spreads the texts over the cores.
        IntStream.range(0, unique.size()).parallel().forEach(i -> vectors[i] = encoder.encode(unique.get(i)));
        Map<String, float[]> out = new HashMap<>();
        for (int i = 0; i < unique.size(); i++) {
            out.put(unique.get(i), vectors[i]);
        }
        return out;
    }

    private List<Word> words(String text) {
        return Word.of(tokenizer.tokenize(text, 0, text.length()));
    }

    private List<String> terms(String text) {
        return KeyTerms.contentWords(words(text));
    }

    private static int[] groupFolds(List<StancePair> pairs) {
        List<String> groups = new ArrayList<>(new TreeSet<>(pairs.stream().map(StancePair::group).toList()));
        SplittableRandom rnd = new SplittableRandom(OPTIONS.seed());
        for (int i = groups.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            String t = groups.get(i);
            groups.set(i, groups.get(j));
            groups.set(j, t);
        }
        Map<String, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            foldOf.put(groups.get(i), i % FOLDS);
        }
        return pairs.stream().mapToInt(p -> foldOf.get(p.group())).toArray();
    }

    /** Inverse-frequency weights, square-rooted so a rare class counts more without dominating. */
    private static double[] classWeights(int[] y, int classes) {
        double[] count = new double[classes];
        for (int v : y) {
            count[v]++;
        }
        double[] w = new double[classes];
        for (int k = 0; k < classes; k++) {
            w[k] = count[k] == 0 ? 1 : Math.sqrt(y.length / (classes * count[k]));
        }
        return w;
    }

    private static SparseVector dense(double[] values) {
        int[] idx = new int[values.length];
        float[] val = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            idx[i] = i;
            val[i] = (float) values[i];
        }
        return new SparseVector(idx, val);
    }

    private static SparseVector withHashedWords(double[] dense, List<Word> words) {
        return withHashedWords(dense, words, STANCE_DENSE);
    }

    /** Dense features at [0, dense.length), then hashed unigrams and bigrams of the words at [offset, offset + 2^bits). */
    private static SparseVector withHashedWords(double[] dense, List<Word> words, int offset) {
        List<String> tokens = words.stream().filter(w -> w.isAlphabetic() || w.norm().equals("?"))
                .map(Word::norm).toList();
        int n = dense.length + 2 * tokens.size();
        int[] idx = new int[n];
        float[] val = new float[n];
        int k = 0;
        for (int i = 0; i < dense.length; i++) {
            idx[k] = i;
            val[k++] = (float) dense[i];
        }
        float weight = (float) (1 / Math.sqrt(Math.max(1, tokens.size())));
        String previous = "<s>";
        for (String t : tokens) {
            idx[k] = offset + bucket(t);
            val[k++] = weight;
            idx[k] = offset + bucket(previous + " " + t);
            val[k++] = weight;
            previous = t;
        }
        return new SparseVector(idx, val);
    }

    private static int bucket(String s) {
        int h = s.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 15)) & ((1 << HASH_BITS) - 1);
    }

    private static double coverage(List<String> terms, java.util.Set<String> in) {
        if (terms.isEmpty()) {
            return 0;
        }
        long found = terms.stream().filter(in::contains).count();
        return (double) found / terms.size();
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[] scale(double[] v, double factor) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }

    private static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p.length;
        }
        double[] out = new double[n];
        int at = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static boolean[] toBooleans(List<Boolean> list) {
        boolean[] out = new boolean[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}
