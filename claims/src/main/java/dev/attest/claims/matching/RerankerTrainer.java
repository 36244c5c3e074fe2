package dev.attest.claims.matching;

import dev.attest.claims.ParallelMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Trains the {@link ClaimReranker}'s model on a claim-matching split (CT20 train): every query's candidates from a
 * {@link CandidateFinder} become (features, relevant?) examples. The shipped fit is listwise (a softmax over each
 * query's candidates, see {@link #fitListwise}); a pointwise logistic regression gives its standardisation and
 * starting point. Both are fitted by Newton's method, exact and deterministic (the same data gives the same model,
 * bit for bit). The report carries {@value #FOLDS}-fold cross-validated MAP@5 on the training split (folds by query
 * position) for both fits and for the listwise fit without each group of features that had to earn its place (the
 * bge and the date features): the only quality figures the trainer may see, and what chose listwise and those
 * groups.
 */
public final class RerankerTrainer {
    static final int FOLDS = 5;
    /** L2 penalty on standardised weights: mild, the model has 27 weights for tens of thousands of examples. */
    static final double L2 = 1.0;
    private static final int NEWTON_STEPS = 30;

    private RerankerTrainer() {
    }

    /**
     * @param ablations the listwise fit's cross-validation with one group of features left out, by the group's name:
     *     what each group adds, measured on train alone
     */
    public record Report(int queries, int examples, int positives, double candidateRecall, ClaimMatchingReport crossValidated,
            ClaimMatchingReport crossValidatedPointwise, Map<String, ClaimMatchingReport> ablations, RerankerModel model) {
        public Report {
            ablations = Collections.unmodifiableMap(new LinkedHashMap<>(ablations));
        }
    }

    /** Groups of features that had to earn their place by cross-validation on train, each left out once. */
    private static final Map<String, List<String>> ABLATIONS = orderedMap(
            "bge features", MatchFeatures.RETRIEVAL_FEATURES,
            "date features", MatchFeatures.DATE_FEATURES);

    /** One query's candidates as training examples. */
    record Example(double[][] x, boolean[] relevant, List<String> ids, Set<String> gold) {
    }

    public static Report train(ClaimMatchingSet set, CandidateFinder finder, int threads, List<String> notes) {
        MatchFeatures features = new MatchFeatures(TermWeights.of(finder.claims().stream().map(VerifiedClaim::searchableText).toList()));
        List<Example> examples = examples(set, finder, features, threads);
        int rows = examples.stream().mapToInt(e -> e.x().length).sum();
        int positives = examples.stream().mapToInt(e -> (int) IntStream.range(0, e.relevant().length).filter(i -> e.relevant()[i]).count()).sum();
        double recall = examples.stream().filter(e -> IntStream.range(0, e.relevant().length).anyMatch(i -> e.relevant()[i])).count() / (double) examples.size();

        ClaimMatchingReport cv = crossValidate(examples, RerankerTrainer::fitListwise);
        ClaimMatchingReport cvPointwise = crossValidate(examples, RerankerTrainer::fit);
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.add(String.format(Locale.ROOT, "%d queries, %d candidate pairs (%d relevant); candidate recall %.4f", examples.size(), rows, positives, recall));
        allNotes.add(String.format(Locale.ROOT, "%d-fold CV on train, this (listwise) fit: MAP@5 %.4f MRR %.4f P@1 %.4f", FOLDS, cv.map5(), cv.mrr(), cv.p1()));
        allNotes.add(String.format(Locale.ROOT, "%d-fold CV on train, pointwise fit for comparison: MAP@5 %.4f MRR %.4f P@1 %.4f",
                FOLDS, cvPointwise.map5(), cvPointwise.mrr(), cvPointwise.p1()));
        Map<String, ClaimMatchingReport> ablations = new LinkedHashMap<>();
        ABLATIONS.forEach((group, dropped) -> {
            List<String> kept = MatchFeatures.NAMES.stream().filter(f -> !dropped.contains(f)).toList();
            ClaimMatchingReport r = crossValidate(keep(examples, kept), (train, n) -> fitListwise(train, kept, n));
            ablations.put(group, r);
            allNotes.add(String.format(Locale.ROOT, "%d-fold CV on train, listwise without the %s: MAP@5 %.4f MRR %.4f P@1 %.4f",
                    FOLDS, group, r.map5(), r.mrr(), r.p1()));
        });
        return new Report(examples.size(), rows, positives, recall, cv, cvPointwise, ablations, fitListwise(examples, allNotes));
    }

    /** The examples with only the features {@code kept}, in that order. */
    static List<Example> keep(List<Example> examples, List<String> kept) {
        int[] cols = kept.stream().mapToInt(MatchFeatures.NAMES::indexOf).toArray();
        return examples.stream().map(e -> {
            double[][] x = new double[e.x().length][cols.length];
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < cols.length; j++) {
                    x[i][j] = e.x()[i][cols[j]];
                }
            }
            return new Example(x, e.relevant(), e.ids(), e.gold());
        }).toList();
    }

    private static <K, V> Map<K, V> orderedMap(K k1, V v1, K k2, V v2) {
        Map<K, V> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return Collections.unmodifiableMap(m);
    }

    /** Folds by query position: each query is scored by a model that never saw it. */
    static ClaimMatchingReport crossValidate(List<Example> examples, BiFunction<List<Example>, List<String>, RerankerModel> fitter) {
        List<List<String>> rankings = new ArrayList<>();
        List<Set<String>> gold = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int f = fold;
            RerankerModel m = fitter.apply(IntStream.range(0, examples.size()).filter(i -> i % FOLDS != f).mapToObj(examples::get).toList(), List.of());
            for (int i = f; i < examples.size(); i += FOLDS) {
                rankings.add(rank(m, examples.get(i)));
                gold.add(examples.get(i).gold());
            }
        }
        return ClaimMatchingEvaluator.report(rankings, gold);
    }

    private static List<String> rank(RerankerModel m, Example e) {
        Integer[] order = IntStream.range(0, e.x().length).boxed().toArray(Integer[]::new);
        double[] s = Arrays.stream(e.x()).mapToDouble(m::logit).toArray();
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -s[i]).thenComparing(i -> e.ids().get(i)));
        return Arrays.stream(order).map(e.ids()::get).toList();
    }

    static List<Example> examples(ClaimMatchingSet set, CandidateFinder finder, MatchFeatures features, int threads) {
        return ParallelMap.map(set.queries(), q -> {
            MatchQuery mq = finder.query(q.text());
            List<ClaimCandidate> candidates = finder.candidates(mq);
            Set<String> gold = set.relevant().get(q.id());
            boolean[] relevant = new boolean[candidates.size()];
            for (int i = 0; i < relevant.length; i++) {
                relevant[i] = gold.contains(candidates.get(i).claim().id());
            }
            return new Example(features.of(mq, candidates), relevant, candidates.stream().map(c -> c.claim().id()).toList(), gold);
        }, threads, "re-ranker training");
    }

    /** Standardises the features, then fits the penalised logistic regression by Newton's method. */
    static RerankerModel fit(List<Example> examples, List<String> notes) {
        return fit(examples, MatchFeatures.NAMES, notes);
    }

    /** {@link #fit(List, List)} over examples holding only the features {@code names}, in that order. */
    static RerankerModel fit(List<Example> examples, List<String> names, List<String> notes) {
        int d = names.size();
        List<double[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (Example e : examples) {
            for (int i = 0; i < e.x().length; i++) {
                x.add(e.x()[i]);
                y.add(e.relevant()[i]);
            }
        }
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] r : x) {
            for (int j = 0; j < d; j++) {
                mean[j] += r[j] / x.size();
            }
        }
        for (double[] r : x) {
            for (int j = 0; j < d; j++) {
                scale[j] += (r[j] - mean[j]) * (r[j] - mean[j]) / x.size();
            }
        }
        for (int j = 0; j < d; j++) {
            scale[j] = scale[j] > 1e-12 ? Math.sqrt(scale[j]) : 1; // a constant feature keeps weight 0 anyway
        }
        double[][] z = new double[x.size()][d + 1];
        for (int i = 0; i < x.size(); i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x.get(i)[j] - mean[j]) / scale[j];
            }
            z[i][d] = 1; // bias, not penalised
        }
        double[] w = new double[d + 1];
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[] grad = new double[d + 1];
            double[][] hess = new double[d + 1][d + 1];
            for (int i = 0; i < z.length; i++) {
                double p = 1 / (1 + Math.exp(-dot(w, z[i])));
                double err = p - (y.get(i) ? 1 : 0);
                double curvature = Math.max(p * (1 - p), 1e-9);
                for (int a = 0; a <= d; a++) {
                    grad[a] += err * z[i][a];
                    for (int b = 0; b <= d; b++) {
                        hess[a][b] += curvature * z[i][a] * z[i][b];
                    }
                }
            }
            for (int a = 0; a < d; a++) {
                grad[a] += L2 * w[a];
                hess[a][a] += L2;
            }
            double[] delta = solve(hess, grad);
            double change = 0;
            for (int a = 0; a <= d; a++) {
                w[a] -= delta[a];
                change = Math.max(change, Math.abs(delta[a]));
            }
            if (change < 1e-10) {
                break;
            }
        }
        return new RerankerModel(names, mean, scale, Arrays.copyOf(w, d), w[d], notes);
    }

    /**
     * Conditional logit: per query, a softmax over its candidates, maximising the probability of the relevant ones.
     * Features equal for all candidates of a query cancel out, which is what ranking wants. Newton's method starts
     * from the pointwise weights and halves a step until the loss falls: undamped, its first steps overshoot on
     * this data, to rankings far worse than the pointwise fit's.
     */
    static RerankerModel fitListwise(List<Example> examples, List<String> notes) {
        return fitListwise(examples, MatchFeatures.NAMES, notes);
    }

    /** {@link #fitListwise(List, List)} over examples holding only the features {@code names}, in that order. */
    static RerankerModel fitListwise(List<Example> examples, List<String> names, List<String> notes) {
        RerankerModel pointwise = fit(examples, names, notes); // for the standardisation and a starting point
        int d = names.size();
        List<double[][]> queries = new ArrayList<>();
        List<boolean[]> relevant = new ArrayList<>();
        for (Example e : examples) {
            if (IntStream.range(0, e.x().length).anyMatch(i -> e.relevant()[i])) {
                double[][] z = new double[e.x().length][d];
                for (int i = 0; i < z.length; i++) {
                    for (int j = 0; j < d; j++) {
                        z[i][j] = (e.x()[i][j] - pointwise.mean()[j]) / pointwise.scale()[j];
                    }
                }
                queries.add(z);
                relevant.add(e.relevant());
            }
        }
        double[] w = pointwise.weights().clone();
        double loss = listwiseLoss(w, queries, relevant, null, null);
        for (int step = 0; step < NEWTON_STEPS; step++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            listwiseLoss(w, queries, relevant, grad, hess);
            double[] delta = solve(hess, grad);
            double t = 1;
            double[] next = w;
            double nextLoss = Double.POSITIVE_INFINITY;
            for (int halving = 0; halving < 30 && !(nextLoss < loss); halving++, t /= 2) {
                next = new double[d];
                for (int a = 0; a < d; a++) {
                    next[a] = w[a] - t * delta[a];
                }
                nextLoss = listwiseLoss(next, queries, relevant, null, null);
            }
            if (!(nextLoss < loss)) {
                break;
            }
            boolean converged = loss - nextLoss < 1e-9;
            w = next;
            loss = nextLoss;
            if (converged) {
                break;
            }
        }
        return new RerankerModel(names, pointwise.mean(), pointwise.scale(), w, 0, notes);
    }

    /** Penalised negative log-likelihood of the relevant candidates; adds gradient and Hessian when asked. */
    private static double listwiseLoss(double[] w, List<double[][]> queries, List<boolean[]> relevant, double[] grad, double[][] hess) {
        int d = w.length;
        double loss = 0;
        for (int q = 0; q < queries.size(); q++) {
            double[][] z = queries.get(q);
            boolean[] rel = relevant.get(q);
            int n = z.length;
            double[] p = new double[n];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                p[i] = dot(w, z[i]);
                max = Math.max(max, p[i]);
            }
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += Math.exp(p[i] - max);
            }
            double logSum = max + Math.log(sum);
            int pos = 0;
            for (boolean r : rel) {
                pos += r ? 1 : 0;
            }
            double[] expect = new double[d];
            for (int i = 0; i < n; i++) {
                double logit = p[i];
                p[i] = Math.exp(logit - logSum);
                if (rel[i]) {
                    loss -= (logit - logSum) / pos;
                }
                for (int j = 0; j < d; j++) {
                    expect[j] += p[i] * z[i][j];
                }
            }
            if (grad == null) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                if (rel[i]) {
                    for (int j = 0; j < d; j++) {
                        grad[j] += (expect[j] - z[i][j]) / pos;
                    }
                }
                for (int a = 0; a < d; a++) {
                    double da = z[i][a] - expect[a];
                    for (int b = 0; b < d; b++) {
                        hess[a][b] += p[i] * da * (z[i][b] - expect[b]);
                    }
                }
            }
        }
        double penalty = 0;
        for (int a = 0; a < d; a++) {
            penalty += w[a] * w[a];
            if (grad != null) {
                grad[a] += L2 * w[a];
                hess[a][a] += L2;
            }
        }
        return loss + L2 / 2 * penalty;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Gaussian elimination with partial pivoting; the Hessian plus the penalty is positive definite. */
    private static double[] solve(double[][] m, double[] v) {
        int n = v.length;
        double[][] a = new double[n][];
        double[] b = v.clone();
        for (int i = 0; i < n; i++) {
            a[i] = m[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            double tb = b[col];
            b[col] = b[pivot];
            b[pivot] = tb;
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) {
                    a[r][c] -= f * a[col][c];
                }
                b[r] -= f * b[col];
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = b[r];
            for (int c = r + 1; c < n; c++) {
                s -= a[r][c] * x[c];
            }
            x[r] = s / a[r][r];
        }
        return x;
    }
}
