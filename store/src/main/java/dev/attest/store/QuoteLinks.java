package dev.attest.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * without rewriting them. Each quote is indexed by its first {@link QuoteText#MIN_WORDS} words; a longer quote
 * looks up each of its windows of that many words, so the work is linear in the words of all quotes. Memory
 * is one entry per quoted statement (fine to a few million statements).
 */
final class QuoteLinks {
    private static final int[] NONE = new int[0];

    private final Map<Integer, int[]> linkedDocs;
    private final long pairs;

    private QuoteLinks(Map<Integer, int[]> linkedDocs, long pairs) {
        this.linkedDocs = linkedDocs;
        this.pairs = pairs;
    }

    private record Quote(int doc, String article, String[] words) {
    }

    static QuoteLinks of(IndexReader reader) throws IOException {
        List<Quote> quotes = quotes(reader);
        Map<String, List<Quote>> byHead = new HashMap<>();
        for (Quote q : quotes) {
            byHead.computeIfAbsent(window(q.words(), 0), k -> new ArrayList<>()).add(q);
        }
        Map<Integer, List<Integer>> links = new HashMap<>();
        long pairs = 0;
        for (Quote longer : quotes) {
            for (int start = 0; start + QuoteText.MIN_WORDS <= longer.words().length; start++) {
                for (Quote shorter : byHead.getOrDefault(window(longer.words(), start), List.of())) {
                    if (shorter == longer || shorter.article().equals(longer.article()) || !containsAt(longer, shorter, start)) {
                        continue;
                    }
                    if (link(links, longer.doc(), shorter.doc())) {
                        link(links, shorter.doc(), longer.doc());
                        pairs++;
                    }
                }
            }
        }
        Map<Integer, int[]> frozen = new HashMap<>();
        links.forEach((doc, others) -> frozen.put(doc, others.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return new QuoteLinks(frozen, pairs);
    }

    /** The doc ids of statements in other articles carrying this statement's quote, or a longer or shorter form of it. */
    int[] linkedTo(int doc) {
        return linkedDocs.getOrDefault(doc, NONE);
    }

    /** How many pairs of statements are linked. */
    long pairs() {
        return pairs;
    }

    /** Adds the link unless present: equal quotes are found from both sides, and a quote can contain another twice. */
    private static boolean link(Map<Integer, List<Integer>> links, int from, int to) {
        List<Integer> list = links.computeIfAbsent(from, k -> new ArrayList<>(2));
        if (list.contains(to)) {
            return false;
        }
        list.add(to);
        return true;
    }

    private static boolean containsAt(Quote longer, Quote shorter, int start) {
        String[] l = longer.words();
        String[] s = shorter.words();
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
