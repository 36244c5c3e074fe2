package dev.attest.store;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/** Builds the Lucene queries and sort orders over statement documents. */
final class StatementQueries {
    private final Analyzer analyzer;

    StatementQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Statements whose content matches {@code text} (BM25; any word may match, more matching words rank higher)
     * and that pass every filter. A {@code null} text matches every statement.
     */
    Query statements(String text, StatementFilter filter, SpeakerDirectory speakers) {
        return filtered(Fields.TYPE_STATEMENT, text, filter, speakers);
    }

    /** Claims whose text matches {@code text} ({@code null}: all) and that pass every filter. */
    Query claims(String text, ClaimFilter filter, SpeakerDirectory speakers) {
        return filtered(Fields.TYPE_CLAIM, text, filter.asStatementFilter(), speakers);
    }

    private Query filtered(String type, String text, StatementFilter filter, SpeakerDirectory speakers) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(new TermQuery(new Term(Fields.TYPE, type)), BooleanClause.Occur.FILTER);
        q.add(text == null ? new MatchAllDocsQuery() : content(text), BooleanClause.Occur.MUST);
        if (filter.speaker() != null) {
            List<BytesRef> keys = speakers.keysOf(filter.speaker()).stream().map(BytesRef::new).toList();
            q.add(new TermInSetQuery(Fields.SPEAKER_KEY, keys), BooleanClause.Occur.FILTER);
        }
        if (filter.since() != null || filter.until() != null) {
            long from = filter.since() == null ? Long.MIN_VALUE : filter.since().toEpochDay();
            long to = filter.until() == null ? Long.MAX_VALUE : filter.until().toEpochDay();
            q.add(LongPoint.newRangeQuery(Fields.DATE, from, to), BooleanClause.Occur.FILTER);
        }
        if (filter.outlet() != null) {
            q.add(new TermQuery(new Term(Fields.OUTLET, ArticleIdentity.outletOf(filter.outlet()))), BooleanClause.Occur.FILTER);
        }
        if (filter.kind() != null) {
            q.add(new TermQuery(new Term(Fields.KIND, filter.kind().label())), BooleanClause.Occur.FILTER);
        }
        if (filter.checkworthy()) {
            q.add(new TermQuery(new Term(Fields.CHECKWORTHY, "true")), BooleanClause.Occur.FILTER);
        }
        if (filter.disputed()) {
            q.add(new TermQuery(new Term(Fields.DISPUTED, "true")), BooleanClause.Occur.FILTER);
        }
        return q.build();
    }

    /** Users type plain words, and quotes or brackets from a pasted statement must not turn into a syntax error. */
    Query content(String text) {
        QueryParser parser = new QueryParser(Fields.CONTENT, analyzer);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException stillBad) {
                throw new IllegalArgumentException("cannot search for \"" + text + "\": " + stillBad.getMessage(), stillBad);
            }
        }
    }

    static Query ofType(String type) {
        return new TermQuery(new Term(Fields.TYPE, type));
    }

    /** Newest first; statements of undated articles last; then article and position, so the order is stable. */
    static Sort newestFirst() {
        SortField date = new SortField(Fields.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, new SortField(Fields.ARTICLE_REF, SortField.Type.STRING), new SortField(Fields.ORDER, SortField.Type.LONG));
    }

    /** Oldest first (undated first), for exports that read like a chronicle and page stably. */
    static Sort chronological() {
        SortField date = new SortField(Fields.DATE, SortField.Type.LONG);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, new SortField(Fields.ARTICLE_REF, SortField.Type.STRING), new SortField(Fields.ORDER, SortField.Type.LONG));
    }
}
