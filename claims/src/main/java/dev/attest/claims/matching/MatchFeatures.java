package dev.attest.claims.matching;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The features the {@link ClaimReranker} weighs for each (query, candidate claim) pair. Some are relative to the
 * other candidates of the same query (BM25 over the best BM25, cosine gap to the best cosine, ranks), because a
 * cosine of 0.6 is a clear match for one tweet and a weak one for another.
 */
public final class MatchFeatures {
    /** Feature names, in vector order; a model file names them too, so a stale model is caught on loading. */
    public static final List<String> NAMES = List.of(
            "bm25_relative", "bm25_log", "bm25_reciprocal_rank",
            "cosine_text", "cosine_title", "cosine_best", "cosine_gap", "cosine_reciprocal_rank", "cosine_sentence",
            "claim_coverage", "query_coverage", "title_coverage", "name_coverage", "number_shared", "number_missing",
            "cosine_zscore", "bm25_zscore", "bigram_coverage",
            "bge_cosine", "bge_cosine_gap", "bge_reciprocal_rank", "bge_cosine_sentence", "bge_zscore",
            "year_same", "year_later", "year_earlier", "month_same");
    /** The features from the retrieval encoder (bge); the trainer reports cross-validation without them too. */
    public static final List<String> RETRIEVAL_FEATURES = List.of("bge_cosine", "bge_cosine_gap", "bge_reciprocal_rank", "bge_cosine_sentence", "bge_zscore");
    /** The features comparing the post's date with the years a claim names; also left out once in the trainer's report. */
    public static final List<String> DATE_FEATURES = List.of("year_same", "year_later", "year_earlier", "month_same");

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private final TermWeights weights;

    public MatchFeatures(TermWeights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** One feature vector per candidate, in candidate order. */
    public double[][] of(MatchQuery query, List<ClaimCandidate> candidates) {
        int n = candidates.size();
        Cosines minilm = Cosines.of(query.embedding(), query.sentenceEmbeddings(), candidates,
                ClaimCandidate::textEmbedding, ClaimCandidate::titleEmbedding);
        Cosines bge = Cosines.of(query.retrievalEmbedding(), query.retrievalSentenceEmbeddings(), candidates,
                ClaimCandidate::retrievalEmbedding, c -> null);
        double[] bm25 = candidates.stream().mapToDouble(ClaimCandidate::bm25).toArray();
        double bestBm25 = Arrays.stream(bm25).max().orElse(0);
        int[] bm25Rank = ranks(bm25);
        double[] bm25Z = zscores(bm25);

        List<String> queryTerms = Terms.of(query.text());
        Set<String> querySet = new HashSet<>(queryTerms);
        Set<String> queryBigrams = bigrams(queryTerms);
        Set<String> queryNumbers = new HashSet<>(Terms.numbers(query.text()));
        double queryMass = mass(new HashSet<>(queryTerms));

        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            VerifiedClaim claim = candidates.get(i).claim();
            Set<String> claimTerms = new HashSet<>(Terms.of(claim.searchableText()));
            Set<String> shared = new HashSet<>(claimTerms);
            shared.retainAll(querySet);
            double sharedMass = mass(shared);
            Set<String> claimNumbers = new HashSet<>(Terms.numbers(claim.searchableText()));
            boolean numberShared = claimNumbers.stream().anyMatch(queryNumbers::contains);
            Dates dates = Dates.of(claim.searchableText(), query.posted());
            out[i] = new double[] {
                bestBm25 > 0 ? bm25[i] / bestBm25 : 0,
                Math.log1p(bm25[i]),
                bm25[i] > 0 ? 1.0 / bm25Rank[i] : 0,
                minilm.text[i],
                minilm.title[i],
                minilm.best[i],
                minilm.gap[i],
                1.0 / minilm.rank[i],
                minilm.sentence[i],
                share(sharedMass, mass(claimTerms)),
                share(sharedMass, queryMass),
                coverage(Terms.of(claim.title()), querySet),
                coverage(Terms.names(claim.searchableText()), querySet),
                numberShared ? 1 : 0,
                !claimNumbers.isEmpty() && !numberShared ? 1 : 0,
                minilm.z[i],
                bm25Z[i],
                bigramCoverage(Terms.of(claim.text()), queryBigrams),
                bge.best[i],
                bge.gap[i],
                1.0 / bge.rank[i],
                bge.sentence[i],
                bge.z[i],
                dates.sameYear ? 1 : 0,
                dates.laterYear ? 1 : 0,
                dates.earlierYear ? 1 : 0,
                dates.sameMonth ? 1 : 0,
            };
        }
        return out;
    }

    /**
     * How the years a claim names relate to when the query was posted: a fact-check names the year of the event it
     * checks ("in October 2018"), so a claim about a later year cannot be what an earlier post repeats. All false
     * when the post's date is unknown.
     */
    private record Dates(boolean sameYear, boolean laterYear, boolean earlierYear, boolean sameMonth) {
        static Dates of(String claim, Optional<YearMonth> posted) {
            if (posted.isEmpty()) {
                return new Dates(false, false, false, false);
            }
            int year = posted.get().getYear();
            boolean same = false;
            boolean later = false;
            boolean earlier = false;
            Matcher m = YEAR.matcher(claim);
            while (m.find()) {
                int y = Integer.parseInt(m.group());
                same |= y == year;
                later |= y > year;
                earlier |= y < year;
            }
            String month = posted.get().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year;
            return new Dates(same, later && !same, earlier && !same, claim.contains(month));
        }
    }

    /** One encoder's cosines of the query with every candidate, and how each compares with the other candidates. */
    private record Cosines(double[] text, double[] title, double[] best, double[] gap, int[] rank, double[] sentence, double[] z) {
        static Cosines of(float[] query, List<float[]> sentences, List<ClaimCandidate> candidates,
                Function<ClaimCandidate, float[]> textOf, Function<ClaimCandidate, float[]> titleOf) {
            int n = candidates.size();
            double[] text = new double[n];
            double[] title = new double[n];
            double[] best = new double[n];
            double[] sentence = new double[n];
            double bestOfAll = -1;
            for (int i = 0; i < n; i++) {
                ClaimCandidate c = candidates.get(i);
                float[] t = textOf.apply(c);
                float[] h = titleOf.apply(c);
                text[i] = dot(query, t);
                title[i] = h == null ? text[i] : dot(query, h);
                best[i] = Math.max(text[i], title[i]);
                sentence[i] = best[i];
                for (float[] s : sentences) {
                    sentence[i] = Math.max(sentence[i], dot(s, t));
                    if (h != null) {
                        sentence[i] = Math.max(sentence[i], dot(s, h));
                    }
                }
                bestOfAll = Math.max(bestOfAll, best[i]);
            }
            double[] gap = new double[n];
            for (int i = 0; i < n; i++) {
                gap[i] = best[i] - bestOfAll;
            }
            return new Cosines(text, title, best, gap, ranks(best), sentence, zscores(best));
        }
    }

    /** Share of the claim wording's word pairs that the query holds too: a tweet quoting the claim shares many. */
    private static double bigramCoverage(List<String> claimTerms, Set<String> queryBigrams) {
        Set<String> claim = bigrams(claimTerms);
        if (claim.isEmpty()) {
            return 0;
        }
        return claim.stream().filter(queryBigrams::contains).count() / (double) claim.size();
    }

    private static Set<String> bigrams(List<String> terms) {
        Set<String> out = new HashSet<>();
        for (int i = 1; i < terms.size(); i++) {
            out.add(terms.get(i - 1) + " " + terms.get(i));
        }
        return out;
    }

    /** How many standard deviations each value lies above the candidates' mean (0 when all are equal). */
    private static double[] zscores(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x / v.length;
        }
        double var = 0;
        for (double x : v) {
            var += (x - mean) * (x - mean) / v.length;
        }
        double sd = Math.sqrt(var);
        double[] z = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            z[i] = sd > 1e-12 ? (v[i] - mean) / sd : 0;
        }
        return z;
    }

    /** IDF-weighted share of {@code terms} that {@code in} holds; 0 for no terms. */
    private double coverage(List<String> terms, Set<String> in) {
        Set<String> set = new HashSet<>(terms);
        Set<String> shared = new HashSet<>(set);
        shared.retainAll(in);
        return share(mass(shared), mass(set));
    }

    private double mass(Set<String> terms) {
        double m = 0;
        for (String t : terms) {
            m += weights.of(t);
        }
        return m;
    }

    private static double share(double part, double whole) {
        return whole > 0 ? part / whole : 0;
    }

    /** 1-based rank of each value, highest first; ties share the better rank order by position. */
    private static int[] ranks(double[] values) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, values.length).boxed().toList());
        order.sort(Comparator.comparingDouble((Integer i) -> -values[i]).thenComparingInt(i -> i));
        int[] rank = new int[values.length];
        for (int r = 0; r < order.size(); r++) {
            rank[order.get(r)] = r + 1;
        }
        return rank;
    }

    static double dot(float[] a, float[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("embedding sizes differ: " + a.length + " and " + b.length);
        }
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
