package dev.attest.spark.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables a job writes, with their schemas. Column names are snake_case so Spark SQL, DuckDB and
 * pandas read them without quoting. Offsets are Java String indices into {@code articles.text}, as everywhere in
 * Attest. {@code claims} and {@code disputes} come from the claims module's analyzer run on each ledger; an
 * article's {@code claim_count} is null when claims were not analysed ({@code --no-claims}, or the analyzer
 * failed on it). Every table carries {@code date} (the article's published date, or {@code unknown}); all but
 * {@code quote_links}, whose clusters span dates, are partitioned by it on disk.
 */
public final class Tables {
    public static final String ARTICLES = "articles";
    public static final String STATEMENTS = "statements";
    public static final String SPEAKERS = "speakers";
    public static final String ERRORS = "errors";
    public static final String CLAIMS = "claims";
    public static final String DISPUTES = "disputes";
    public static final String QUOTE_LINKS = "quote_links";
    public static final String DATE = "date";
    public static final String UNKNOWN_DATE = "unknown";

    public static final StructType ARTICLE = createStructType(List.of(
            required("article_key", StringType),
            required("article_id", StringType),
            optional("title", StringType),
            optional("url", StringType),
            optional("source", StringType),
            optional("published", DateType),
            required("text", StringType),
            required("source_file", StringType),
            optional("source_offset", LongType),
            optional("source_line", LongType),
            required("statement_count", IntegerType),
            required("speaker_count", IntegerType),
            optional("claim_count", IntegerType),
            optional("dispute_count", IntegerType),
            required(DATE, StringType)));

    public static final StructType STATEMENT = createStructType(List.of(
            required("article_key", StringType),
            required("article_id", StringType),
            required("statement_id", StringType),
            required("statement_key", StringType),
            required("kind", StringType),
            required("content_start", IntegerType),
            required("content_end", IntegerType),
            required("content_text", StringType),
            optional("cue_start", IntegerType),
            optional("cue_end", IntegerType),
            optional("cue_text", StringType),
            optional("channel", StringType),
            optional("speaker_name", StringType),
            optional("speaker_named", BooleanType),
            optional("speaker_entity_id", StringType),
            optional("speaker_mention_start", IntegerType),
            optional("speaker_mention_end", IntegerType),
            optional("speaker_mention_text", StringType),
            optional("speaker_mention_type", StringType),
            optional("speaker_rule", StringType),
            optional("speaker_confidence", DoubleType),
            required("rule", StringType),
            required("confidence", DoubleType),
            required("quote_key", StringType),
            required(DATE, StringType)));

    public static final StructType SPEAKER = createStructType(List.of(
            required("article_key", StringType),
            required("article_id", StringType),
            required("entity_id", StringType),
            required("name", StringType),
            required("kind", StringType),
            required("named", BooleanType),
            required("mention_count", IntegerType),
            required("statement_count", IntegerType),
            required(DATE, StringType)));

    public static final StructType ERROR = createStructType(List.of(
            required("source_file", StringType),
            required("location", StringType),
            optional("source_offset", LongType),
            optional("source_line", LongType),
            required("stage", StringType),
            required("message", StringType),
            optional("article_id", StringType),
            required(DATE, StringType)));

    /** Words that weaken a claim ("may", "alleged", "critics say"); offsets into {@code articles.text}. */
    public static final StructType HEDGE = createStructType(List.of(
            required("cue_start", IntegerType),
            required("cue_end", IntegerType),
            required("cue_text", StringType),
            required("kind", StringType)));

    public static final StructType CLAIM = createStructType(List.of(
            required("article_key", StringType),
            required("article_id", StringType),
            required("claim_id", StringType),
            required("claim_key", StringType),
            optional("statement_id", StringType),
            optional("speaker", StringType),
            required("text", StringType),
            required("span_start", IntegerType),
            required("span_end", IntegerType),
            required("type", StringType),
            required("checkworthiness", DoubleType),
            required("checkworthy", BooleanType),
            required("hedges", createArrayType(HEDGE, false)),
            required("rule", StringType),
            required("confidence", DoubleType),
            required(DATE, StringType)));

    public static final StructType DISPUTE = createStructType(List.of(
            required("article_key", StringType),
            required("article_id", StringType),
            required("target_id", StringType),
            required("evidence_start", IntegerType),
            required("evidence_end", IntegerType),
            required("evidence_text", StringType),
            required("cue", StringType),
            required("confidence", DoubleType),
            required("rule", StringType),
            required(DATE, StringType)));

    /** What the analysis stage emits per record: an article with its rows, or an error. Split into tables on write. */
    public static final StructType ANALYSED = createStructType(List.of(
            optional("article", ARTICLE),
            required("statements", createArrayType(STATEMENT, false)),
            required("speakers", createArrayType(SPEAKER, false)),
            required("claims", createArrayType(CLAIM, false)),
            required("disputes", createArrayType(DISPUTE, false)),
            optional("error", ERROR)));

    public static final StructType QUOTE_LINK = createStructType(List.of(
            required("cluster_id", StringType),
            required("match", StringType),
            required("similarity", DoubleType),
            required("statement_key", StringType),
            required("article_key", StringType),
            required("article_id", StringType),
            required("statement_id", StringType),
            optional("speaker_name", StringType),
            required("quote_key", StringType),
            required("content_text", StringType),
            required("cluster_statements", LongType),
            required("cluster_articles", LongType),
            required(DATE, StringType)));

    private Tables() {
    }

    public static StructType schemaOf(String table) {
        return switch (table) {
            case ARTICLES -> ARTICLE;
            case STATEMENTS -> STATEMENT;
            case SPEAKERS -> SPEAKER;
            case ERRORS -> ERROR;
            case CLAIMS -> CLAIM;
            case DISPUTES -> DISPUTE;
            case QUOTE_LINKS -> QUOTE_LINK;
            default -> throw new IllegalArgumentException("no table " + table);
        };
    }

    private static StructField required(String name, org.apache.spark.sql.types.DataType type) {
        return createStructField(name, type, false);
    }

    private static StructField optional(String name, org.apache.spark.sql.types.DataType type) {
        return createStructField(name, type, true);
    }
}
