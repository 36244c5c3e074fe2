package dev.attest.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Which statements of the corpus carry the same quote: two statements of different articles are linked when
 * their normalised quotes ({@link QuoteText}) are equal or one contains the other on word boundaries (an
 * outlet that quotes one sentence of a longer quote links to the outlet that printed it whole).
 *
 * <p>Built from doc values at query time for one index reader, like {@link SpeakerDirectory}: no link is ever
 * stored, so links need no rebuild, survive a crash for free, and an article ingested later links to earlier ones
 * without rewriting them. Statements with identical quotes form one group; each distinct quote is indexed by its
 * first {@link QuoteText#MIN_WORDS} words and a longer one looks up each of its windows of that many words, so the
 * work is linear in the words of the distinct quotes, however often a quote is repeated. Memory is one entry per
 * quoted statement (fine to a few million statements).
 */
final class QuoteLinks {
    /** Every statement whose quote has exactly these words, with its article; linked to each other across articles. */
    private record Group(String[] words, List<Member> members) {
    }

    private record Member(int doc, String article) {
    }

    private record Quote(int doc, String article, String[] words) {
    }

    private final List<Group> groups;
    /** doc id -> index of its group in {@link #groups} */
    private final Map<Integer, Integer> groupOf;
    /** group index -> indexes of the groups whose quote contains it or is contained in it */
    private final Map<Integer, int[]> related;
    private final long pairs;

    private QuoteLinks(List<Group> groups, Map<Integer, Integer> groupOf, Map<Integer, int[]> related, long pairs) {
        this.groups = groups;
        this.groupOf = groupOf;
        this.related = related;
        this.pairs = pairs;
    }

    /**
     * Statements with the same quote form one group, so a quote that a thousand outlets carry costs one group, not
     * a million stored links; containment is looked up between the distinct quotes only.
     */
    static QuoteLinks of(IndexReader reader) throws IOException {
        Map<String, Group> byText = new HashMap<>();
        for (Quote q : quotes(reader)) {
            byText.computeIfAbsent(String.join(" ", q.words()), k -> new Group(q.words(), new ArrayList<>()))
                    .members().add(new Member(q.doc(), q.article()));
        }
        List<Group> groups = new ArrayList<>(byText.values());
        Map<Integer, Integer> groupOf = new HashMap<>();
        Map<String, List<Integer>> byHead = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (Member m : groups.get(g).members()) {
                groupOf.put(m.doc(), g);
            }
            byHead.computeIfAbsent(window(groups.get(g).words(), 0), k -> new ArrayList<>()).add(g);
        }
        Map<Integer, Set<Integer>> edges = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            String[] longer = groups.get(g).words();
            for (int start = 0; start + QuoteText.MIN_WORDS <= longer.length; start++) {
                for (int other : byHead.getOrDefault(window(longer, start), List.of())) {
                    if (other != g && containsAt(longer, groups.get(other).words(), start)) {
                        edges.computeIfAbsent(g, k -> new HashSet<>()).add(other);
                        edges.computeIfAbsent(other, k -> new HashSet<>()).add(g);
                    }
                }
            }
        }
        long pairs = 0;
        for (Group group : groups) {
            pairs += crossArticlePairs(group, group);
        }
        Map<Integer, int[]> related = new HashMap<>();
        for (Map.Entry<Integer, Set<Integer>> e : edges.entrySet()) {
            related.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).sorted().toArray());
            for (int other : e.getValue()) {
                if (other > e.getKey()) {
                    pairs += crossArticlePairs(groups.get(e.getKey()), groups.get(other));
                }
            }
        }
        return new QuoteLinks(groups, groupOf, related, pairs);
    }

    /** Pairs of statements, one from each group (unordered within one group), that belong to different articles. */
    private static long crossArticlePairs(Group a, Group b) {
        Map<String, Long> perArticle = new HashMap<>();
        for (Member m : b.members()) {
            perArticle.merge(m.article(), 1L, Long::sum);
        }
        long total = 0;
        for (Member m : a.members()) {
            total += b.members().size() - perArticle.getOrDefault(m.article(), 0L);
        }
        return a == b ? total / 2 : total;
    }

    /** The doc ids of statements in other articles carrying this statement's quote, or a longer or shorter form of it. */
    int[] linkedTo(int doc) {
        Integer g = groupOf.get(doc);
        if (g == null) {
            return new int[0];
        }
        String article = null;
        for (Member m : groups.get(g).members()) {
            if (m.doc() == doc) {
                article = m.article();
            }
        }
        List<Integer> docs = new ArrayList<>();
        collect(groups.get(g), article, doc, docs);
        for (int other : related.getOrDefault(g, new int[0])) {
            collect(groups.get(other), article, doc, docs);
        }
        return docs.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
    }

    private static void collect(Group group, String article, int self, List<Integer> into) {
        for (Member m : group.members()) {
            if (m.doc() != self && !m.article().equals(article)) {
                into.add(m.doc());
            }
        }
    }

    /** How many pairs of statements are linked. */
    long pairs() {
        return pairs;
    }

    private static boolean containsAt(String[] l, String[] s, int start) {
        return start + s.length <= l.length && Arrays.equals(l, start, start + s.length, s, 0, s.length);
    }

    private static String window(String[] words, int start) {
        return String.join(" ", Arrays.asList(words).subList(start, start + QuoteText.MIN_WORDS));
    }

    private static List<Quote> quotes(IndexReader reader) throws IOException {
        List<Quote> quotes = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues quote = leaf.reader().getBinaryDocValues(Fields.QUOTE);
            SortedDocValues article = leaf.reader().getSortedDocValues(Fields.ARTICLE_REF);
            if (quote == null || article == null) {
                continue;
            }
            var live = leaf.reader().getLiveDocs();
            for (int doc = quote.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = quote.nextDoc()) {
                if ((live != null && !live.get(doc)) || !article.advanceExact(doc)) {
                    continue;
                }
                String text = quote.binaryValue().utf8ToString();
                String articleRef = article.lookupOrd(article.ordValue()).utf8ToString();
                quotes.add(new Quote(leaf.docBase + doc, articleRef, text.split(" ")));
            }
        }
        return quotes;
    }
}
