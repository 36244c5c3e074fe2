package dev.attest.spark.tables;

import dev.attest.claims.ClaimAnalysis;
import dev.attest.core.model.Article;
import dev.attest.core.model.Claim;
import dev.attest.core.model.Dispute;
import dev.attest.core.model.Entity;
import dev.attest.core.model.Hedge;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Speaker;
import dev.attest.core.model.Statement;
import dev.attest.spark.input.SourceLocation;
import dev.attest.spark.input.SourceRecord.ReadArticle;
import dev.attest.spark.input.SourceRecord.ReadFailure;
import dev.attest.spark.link.QuoteKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** Flattens a ledger into rows of the {@link Tables#ANALYSED} schema, one row per record. */
public final class LedgerRows {
    private LedgerRows() {
    }

    /** An article without claim analysis ({@code --no-claims}). */
    public static Row analysed(ReadArticle read, Ledger ledger) {
        return analysed(read, ledger, null, null);
    }

    /**
     * An article with its ledger and, unless {@code claims} is {@code null}, its claims and disputes.
     *
     * @param claimsFailure why the claim analyzer failed on this article, or {@code null}: the article and its
     *                      statements are kept and the failure becomes an {@code errors} row beside them
     */
    public static Row analysed(ReadArticle read, Ledger ledger, ClaimAnalysis claims, ReadFailure claimsFailure) {
        Article article = read.article();
        String date = dateOf(article);
        Map<String, Integer> statementsByEntity = new HashMap<>();
        List<Row> statements = new ArrayList<>(ledger.statements().size());
        for (Statement s : ledger.statements()) {
            statements.add(statement(read.key(), article.id(), s, date));
            if (s.speaker() != null && s.speaker().entityId() != null) {
                statementsByEntity.merge(s.speaker().entityId(), 1, Integer::sum);
            }
        }
        List<Row> speakers = new ArrayList<>(ledger.entities().size());
        for (Entity e : ledger.entities()) {
            speakers.add(RowFactory.create(read.key(), article.id(), e.id(), e.name(), e.kind().name().toLowerCase(Locale.ROOT),
                    e.named(), e.mentions().size(), statementsByEntity.getOrDefault(e.id(), 0), date));
        }
        List<Row> claimRows = new ArrayList<>();
        List<Row> disputeRows = new ArrayList<>();
        if (claims != null) {
            for (Claim c : claims.claims()) {
                claimRows.add(claim(read.key(), article.id(), c, date));
            }
            for (Dispute d : claims.disputes()) {
                disputeRows.add(RowFactory.create(read.key(), article.id(), d.targetId(), d.evidence().start(),
                        d.evidence().end(), d.evidenceText(), d.cue(), d.confidence(), d.provenance().rule(), date));
            }
        }
        SourceLocation at = read.location();
        Row articleRow = RowFactory.create(read.key(), article.id(), article.title(), article.url(), article.source(),
                article.published(), article.text(), at.file(), orNull(at.offset()), orNull(at.line()),
                statements.size(), speakers.size(), claims == null ? null : claimRows.size(),
                claims == null ? null : disputeRows.size(), date);
        return RowFactory.create(articleRow, seq(statements), seq(speakers), seq(claimRows), seq(disputeRows),
                claimsFailure == null ? null : error(claimsFailure, article.id(), date));
    }

    private static Row claim(String articleKey, String articleId, Claim c, String date) {
        List<Row> hedges = new ArrayList<>(c.hedges().size());
        for (Hedge h : c.hedges()) {
            hedges.add(RowFactory.create(h.cue().start(), h.cue().end(), h.cueText(), h.kind()));
        }
        return RowFactory.create(articleKey, articleId, c.id(), articleKey + "#" + c.id(), c.statementId(), c.speaker(),
                c.text(), c.span().start(), c.span().end(), c.type().label(), c.checkworthiness(), c.checkworthy(),
                seq(hedges), c.provenance().rule(), c.provenance().confidence(), date);
    }

    public static Row failure(ReadFailure failure) {
        return failure(failure, null, Tables.UNKNOWN_DATE);
    }

    /** A failure; {@code articleId} and {@code date} are known when the article was read but its analysis failed. */
    public static Row failure(ReadFailure failure, String articleId, String date) {
        return RowFactory.create(null, seq(List.of()), seq(List.of()), seq(List.of()), seq(List.of()),
                error(failure, articleId, date));
    }

    private static Row error(ReadFailure failure, String articleId, String date) {
        SourceLocation at = failure.location();
        return RowFactory.create(at.file(), at.toString(), orNull(at.offset()), orNull(at.line()),
                failure.stage().label(), failure.message(), articleId, date);
    }

    public static String dateOf(Article article) {
        return article.published() == null ? Tables.UNKNOWN_DATE : article.published().toString();
    }

    private static Row statement(String articleKey, String articleId, Statement s, String date) {
        Speaker sp = s.speaker();
        boolean hasMention = sp != null && sp.mention() != null;
        return RowFactory.create(
                articleKey, articleId, s.id(), articleKey + "#" + s.id(), s.kind().label(),
                s.content().start(), s.content().end(), s.contentText(),
                s.cue() == null ? null : s.cue().start(), s.cue() == null ? null : s.cue().end(), s.cueText(),
                s.channel().label(),
                sp == null ? null : sp.name(), sp == null ? null : sp.named(), sp == null ? null : sp.entityId(),
                hasMention ? sp.mention().span().start() : null, hasMention ? sp.mention().span().end() : null,
                hasMention ? sp.mention().text() : null,
                hasMention ? sp.mention().type().name().toLowerCase(Locale.ROOT) : null,
                sp == null ? null : sp.attribution().rule(), sp == null ? null : sp.attribution().confidence(),
                s.provenance().rule(), s.provenance().confidence(),
                QuoteKey.normalise(s.contentText()), date);
    }

    /** Rows hold arrays as Scala sequences; a java.util.List fails at encoding time. */
    private static Seq<Row> seq(List<Row> rows) {
        return CollectionConverters.asScala(rows);
    }

    private static Long orNull(long value) {
        return value < 0 ? null : value;
    }
}
