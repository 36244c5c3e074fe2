package dev.attest.store;

import dev.attest.core.model.Article;
import dev.attest.core.model.ArticleClaims;
import dev.attest.core.model.Claim;
import dev.attest.core.model.Hedge;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Speaker;
import dev.attest.core.model.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** Turns a ledger into the Lucene documents of one article, and stored statement documents back into rows. */
final class LedgerDocuments {
    /**
     * The article body: stored to rebuild the article, indexed for BM25 over whole articles but without
     * positions, because no query phrase-searches bodies and positions are the costliest part of indexing them.
     */
    private static final FieldType BODY = bodyType();

    private final LedgerCodec codec;

    LedgerDocuments(LedgerCodec codec) {
        this.codec = codec;
    }

    /** The statements and claims first and the article last, written as one block under the article key. */
    List<Document> documents(Ledger ledger, ArticleClaims claims, ArticleIdentity id, List<float[]> vectors,
            NearCopies.Fingerprint fingerprint) {
        Article a = ledger.article();
        List<Document> docs = new ArrayList<>(ledger.statements().size() + claims.claims().size() + 1);
        List<Statement> statements = ledger.statements();
        Set<String> disputed = claims.disputedTargets();
        Set<String> checkworthyStatements = new HashSet<>();
        for (Claim c : claims.claims()) {
            if (c.checkworthy() && c.statementId() != null) {
                checkworthyStatements.add(c.statementId());
            }
        }
        for (int i = 0; i < statements.size(); i++) {
            Document d = statement(statements.get(i), i, a, id, vectors.isEmpty() ? null : vectors.get(i));
            String sid = statements.get(i).id();
            d.add(new StringField(Fields.CHECKWORTHY, Boolean.toString(checkworthyStatements.contains(sid)), Field.Store.NO));
            d.add(new StringField(Fields.DISPUTED, Boolean.toString(disputed.contains(sid)), Field.Store.NO));
            docs.add(d);
        }
        List<Claim> claimList = claims.claims();
        for (int i = 0; i < claimList.size(); i++) {
            Claim c = claimList.get(i);
            boolean contested = disputed.contains(c.id()) || (c.statementId() != null && disputed.contains(c.statementId()));
            docs.add(claim(c, i, contested, claims.vectors().get(c.id()), a, id));
        }
        Document article = common(Fields.TYPE_ARTICLE, id, id.ref(), a);
        article.add(new StringField(Fields.TEXT_HASH, id.textHash(), Field.Store.YES));
        if (a.title() != null) {
            article.add(new TextField(Fields.TITLE, a.title(), Field.Store.YES));
        }
        article.add(new Field(Fields.TEXT, a.text(), BODY));
        article.add(new StoredField(Fields.LEDGER, codec.encode(ledger, claims)));
        if (fingerprint != null) {
            for (long band : fingerprint.bands()) {
                article.add(new StringField(Fields.NEAR_BAND, NearCopies.Fingerprint.bandTerm(band), Field.Store.NO));
            }
            article.add(new StoredField(Fields.MINHASH, fingerprint.encoded()));
        }
        docs.add(article);
        return docs;
    }

    /** A pointer to an already stored text, so this URL and outlet are not lost and a rerun skips it. */
    Document copy(Article a, ArticleIdentity id, String originalRef, boolean near) {
        Document copy = common(Fields.TYPE_COPY, id, id.ref(), a);
        copy.add(new StringField(Fields.COPY_OF, originalRef, Field.Store.YES));
        copy.add(new StringField(Fields.COPY_MATCH, near ? "near" : "text", Field.Store.YES));
        return copy;
    }

    private Document statement(Statement s, int order, Article a, ArticleIdentity id, float[] vector) {
        Document d = common(Fields.TYPE_STATEMENT, id, id.ref() + ":" + s.id(), a);
        d.add(new StringField(Fields.ARTICLE_REF, id.ref(), Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.ARTICLE_REF, new BytesRef(id.ref())));
        d.add(new StoredField(Fields.STATEMENT_ID, s.id()));
        d.add(new NumericDocValuesField(Fields.ORDER, order));
        if (a.title() != null) {
            d.add(new StoredField(Fields.ARTICLE_TITLE, a.title()));
        }
        Speaker sp = s.speaker();
        if (sp != null) {
            d.add(new StoredField(Fields.SPEAKER, sp.name()));
            d.add(new StringField(Fields.SPEAKER_KEY, SpeakerKey.of(sp.name()), Field.Store.NO));
            d.add(new StringField(Fields.SPEAKER_NAMED, Boolean.toString(sp.named()), Field.Store.YES));
            if (sp.named()) {
                d.add(new SortedDocValuesField(Fields.NAMED_SPEAKER, new BytesRef(sp.name())));
            }
        }
        d.add(new StringField(Fields.KIND, s.kind().label(), Field.Store.YES));
        if (s.cueText() != null) {
            d.add(new StoredField(Fields.CUE, s.cueText()));
        }
        if (s.channel().label() != null) {
            d.add(new StringField(Fields.CHANNEL, s.channel().label(), Field.Store.YES));
        }
        d.add(new TextField(Fields.CONTENT, s.contentText(), Field.Store.YES));
        QuoteText.linkable(s).ifPresent(quote -> d.add(new BinaryDocValuesField(Fields.QUOTE, new BytesRef(quote))));
        d.add(new StoredField(Fields.CONTENT_START, s.content().start()));
        d.add(new StoredField(Fields.CONTENT_END, s.content().end()));
        d.add(new StoredField(Fields.RULE, s.provenance().rule()));
        d.add(new StoredField(Fields.CONFIDENCE, s.provenance().confidence()));
        if (vector != null) {
            d.add(new KnnFloatVectorField(Fields.CONTENT_VECTOR, vector, VectorSimilarityFunction.COSINE));
        }
        return d;
    }

    private static Document claim(Claim c, int order, boolean disputed, float[] vector, Article a, ArticleIdentity id) {
        Document d = common(Fields.TYPE_CLAIM, id, id.ref() + ":" + c.id(), a);
        d.add(new StringField(Fields.ARTICLE_REF, id.ref(), Field.Store.YES));
        d.add(new SortedDocValuesField(Fields.ARTICLE_REF, new BytesRef(id.ref())));
        d.add(new StoredField(Fields.CLAIM_ID, c.id()));
        d.add(new NumericDocValuesField(Fields.ORDER, order));
        if (c.statementId() != null) {
            d.add(new StoredField(Fields.STATEMENT_ID, c.statementId()));
        }
        if (a.title() != null) {
            d.add(new StoredField(Fields.ARTICLE_TITLE, a.title()));
        }
        if (c.speaker() != null) {
            // no NAMED_SPEAKER doc values: the speaker directory counts statements, and a claim is part of one
            d.add(new StoredField(Fields.SPEAKER, c.speaker()));
            d.add(new StringField(Fields.SPEAKER_KEY, SpeakerKey.of(c.speaker()), Field.Store.NO));
        }
        d.add(new TextField(Fields.CONTENT, c.text(), Field.Store.YES));
        d.add(new StoredField(Fields.CONTENT_START, c.span().start()));
        d.add(new StoredField(Fields.CONTENT_END, c.span().end()));
        d.add(new StringField(Fields.CLAIM_TYPE, c.type().label(), Field.Store.YES));
        d.add(new StoredField(Fields.CHECKWORTHINESS, c.checkworthiness()));
        d.add(new NumericDocValuesField(Fields.CHECKWORTHINESS, Math.round(c.checkworthiness() * 1000)));
        d.add(new StringField(Fields.CHECKWORTHY, Boolean.toString(c.checkworthy()), Field.Store.YES));
        d.add(new StringField(Fields.DISPUTED, Boolean.toString(disputed), Field.Store.YES));
        StringBuilder hedges = new StringBuilder();
        for (Hedge h : c.hedges()) {
            hedges.append(h.kind()).append(':').append(h.cueText().replace('\n', ' ')).append('\n');
        }
        if (!hedges.isEmpty()) {
            d.add(new StoredField(Fields.HEDGES, hedges.toString()));
        }
        d.add(new StoredField(Fields.RULE, c.provenance().rule()));
        d.add(new StoredField(Fields.CONFIDENCE, c.provenance().confidence()));
        if (vector != null) {
            d.add(new KnnFloatVectorField(Fields.CLAIM_VECTOR, vector, VectorSimilarityFunction.COSINE));
        }
        return d;
    }

    private static Document common(String type, ArticleIdentity id, String ref, Article a) {
        Document d = new Document();
        d.add(new StringField(Fields.TYPE, type, Field.Store.NO));
        d.add(new StringField(Fields.ARTICLE_KEY, id.key(), Field.Store.YES));
        d.add(new StringField(Fields.REF, ref, Field.Store.YES));
        d.add(new StoredField(Fields.ARTICLE_ID, a.id()));
        if (a.source() != null) {
            d.add(new StoredField(Fields.SOURCE, a.source()));
        }
        if (id.url() != null) {
            d.add(new StoredField(Fields.URL, id.url()));
        }
        if (id.outlet() != null) {
            d.add(new StringField(Fields.OUTLET, id.outlet(), Field.Store.YES));
        }
        if (a.published() != null) {
            long day = a.published().toEpochDay();
            d.add(new LongPoint(Fields.DATE, day));
            d.add(new NumericDocValuesField(Fields.DATE, day));
            d.add(new StoredField(Fields.DATE, day));
        }
        return d;
    }

    private static FieldType bodyType() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    /** {@code canonicalKey} maps a ledger's speaker name to the corpus-wide entity key. */
    static StatementRow row(Document d, UnaryOperator<String> canonicalKey) {
        String speaker = d.get(Fields.SPEAKER);
        IndexableField date = d.getField(Fields.DATE);
        String articleRef = d.get(Fields.ARTICLE_REF);
        return new StatementRow(
                d.get(Fields.REF),
                articleRef,
                d.get(Fields.ARTICLE_ID),
                d.get(Fields.STATEMENT_ID),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
                d.get(Fields.OUTLET),
                d.get(Fields.URL),
                d.get(Fields.ARTICLE_TITLE),
                speaker,
                speaker == null ? null : canonicalKey.apply(SpeakerKey.of(speaker)),
                Boolean.parseBoolean(d.get(Fields.SPEAKER_NAMED)),
                d.get(Fields.KIND),
                d.get(Fields.CUE),
                d.get(Fields.CHANNEL),
                d.getField(Fields.CONTENT_START).numericValue().intValue(),
                d.getField(Fields.CONTENT_END).numericValue().intValue(),
                d.get(Fields.CONTENT),
                d.get(Fields.RULE),
                d.getField(Fields.CONFIDENCE).numericValue().doubleValue());
    }

    static ClaimRow claimRow(Document d, UnaryOperator<String> canonicalKey) {
        String speaker = d.get(Fields.SPEAKER);
        IndexableField date = d.getField(Fields.DATE);
        String hedges = d.get(Fields.HEDGES);
        return new ClaimRow(
                d.get(Fields.REF),
                d.get(Fields.ARTICLE_REF),
                d.get(Fields.CLAIM_ID),
                d.get(Fields.STATEMENT_ID),
                date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue()),
                d.get(Fields.OUTLET),
                d.get(Fields.URL),
                d.get(Fields.ARTICLE_TITLE),
                speaker,
                speaker == null ? null : canonicalKey.apply(SpeakerKey.of(speaker)),
                d.get(Fields.CONTENT),
                d.getField(Fields.CONTENT_START).numericValue().intValue(),
                d.getField(Fields.CONTENT_END).numericValue().intValue(),
                d.get(Fields.CLAIM_TYPE),
                d.getField(Fields.CHECKWORTHINESS).numericValue().doubleValue(),
                Boolean.parseBoolean(d.get(Fields.CHECKWORTHY)),
                Boolean.parseBoolean(d.get(Fields.DISPUTED)),
                hedges == null ? List.of() : hedges.lines().toList(),
                d.get(Fields.RULE));
    }
}
