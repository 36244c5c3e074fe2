package dev.attest.store;

/**
 * Lucene field names. Three document types share one index: an article (its text and stored ledger), its
 * statements, and copies (an article whose text is already stored, kept as a pointer with its own URL). All
 * documents of one article carry its {@link #ARTICLE_KEY}, so replacing or deleting an article is one atomic
 * {@code updateDocuments} on that term.
 */
final class Fields {
    static final String TYPE = "type";
    static final String TYPE_ARTICLE = "article";
    static final String TYPE_STATEMENT = "statement";
    static final String TYPE_COPY = "copy";
    /** A claim of an article (see {@link dev.attest.core.model.Claim}), written in the article's block. */
    static final String TYPE_CLAIM = "claim";

    static final String ARTICLE_KEY = "article_key";
    static final String REF = "ref";
    static final String ARTICLE_REF = "article_ref";
    static final String ARTICLE_ID = "article_id";
    /** Only on article documents, so a term count on it answers "is this text stored?". */
    static final String TEXT_HASH = "text_hash";
    static final String URL = "url";
    static final String OUTLET = "outlet";
    static final String SOURCE = "source";
    /** Publication date as epoch day: a point for ranges, doc values for sorting, stored for display. */
    static final String DATE = "date";
    static final String TITLE = "title";
    /** The article's headline, stored on its statements (Lucene wants one schema per field name, and article titles are indexed). */
    static final String ARTICLE_TITLE = "article_title";
    static final String TEXT = "text";
    static final String LEDGER = "ledger";
    static final String COPY_OF = "copy_of";
    /** On article documents: the LSH band terms of the text's MinHash (see {@link NearCopies}), and the signature itself. */
    static final String NEAR_BAND = "near_band";
    static final String MINHASH = "minhash";
    /** On copy documents: how the copy matched, "text" (same normalised text) or "near" (a wire copy). */
    static final String COPY_MATCH = "copy_match";

    static final String STATEMENT_ID = "statement_id";
    /** Position of the statement in its article, for a stable order among statements of one article. */
    static final String ORDER = "order";
    static final String SPEAKER = "speaker";
    /** {@link SpeakerKey} of the speaker name, indexed for every speaker, named or not. */
    static final String SPEAKER_KEY = "speaker_key";
    /** The speaker name as doc values, only for named speakers: what the speaker directory aggregates. */
    static final String NAMED_SPEAKER = "named_speaker";
    static final String SPEAKER_NAMED = "speaker_named";
    static final String KIND = "kind";
    static final String CUE = "cue";
    static final String CHANNEL = "channel";
    static final String CONTENT = "content";
    static final String CONTENT_START = "content_start";
    static final String CONTENT_END = "content_end";
    static final String RULE = "rule";
    static final String CONFIDENCE = "confidence";
    static final String CONTENT_VECTOR = "content_vector";
    /** The normalised quote ({@link QuoteText}) of direct and mixed statements, as doc values, for {@link QuoteLinks}. */
    static final String QUOTE = "quote";

    /** On statements and claims: "true" when the statement holds, or the claim is, a check-worthy claim. */
    static final String CHECKWORTHY = "checkworthy";
    /** On statements and claims: "true" when the article itself disputes the statement or the claim. */
    static final String DISPUTED = "disputed";
    static final String CLAIM_ID = "claim_id";
    static final String CLAIM_TYPE = "claim_type";
    /** Check-worthiness in [0,1]: stored, and as doc values (thousandths) for ordering. */
    static final String CHECKWORTHINESS = "checkworthiness";
    /** The hedges of a claim, as {@code kind:text} lines. */
    static final String HEDGES = "hedges";
    static final String CLAIM_VECTOR = "claim_vector";

    /** Commit user data: the store format, checked on open so an old binary never misreads a newer store. */
    static final String FORMAT_KEY = "attest.store.format";
    static final String FORMAT = "1";
    static final String VECTORIZER_KEY = "attest.vectorizer";
    /** Commit user data: the model of the claim vectors ({@link dev.attest.core.extract.ClaimExtractor#vectorModel()}). */
    static final String CLAIM_VECTORS_KEY = "attest.claim.vectors";

    private Fields() {
    }
}
