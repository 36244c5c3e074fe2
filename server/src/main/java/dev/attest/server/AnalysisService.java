package dev.attest.server;

import dev.attest.claims.ClaimAnalyzer;
import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Article;
import dev.attest.core.model.Ledger;
import dev.attest.ingest.ArticleReader;
import dev.attest.ingest.InputException;
import dev.attest.ingest.InputKind;
import dev.attest.ingest.ReadResult;
import dev.attest.ingest.ReaderLimits;

/** Analyses pasted or posted articles without storing them. Thread-safe. */
public final class AnalysisService {
    private final Pipeline pipeline;
    private final ClaimAnalyzer claimAnalyzer;
    private final ArticleReader reader;

    public AnalysisService(Pipeline pipeline, ClaimAnalyzer claimAnalyzer, long maxBytes) {
        this.pipeline = pipeline;
        this.claimAnalyzer = claimAnalyzer;
        this.reader = new ArticleReader(new ReaderLimits(maxBytes));
    }

    Pipeline pipeline() {
        return pipeline;
    }

    /** Reads one article as HTML or plain text, as the caller declares it, and analyses it. */
    public AnalyzedArticle analyze(String name, byte[] body, boolean html) {
        ReadResult read;
        try {
            read = reader.read(name, body, html ? InputKind.HTML : InputKind.TEXT);
        } catch (InputException e) {
            throw new HttpError(400, e.problem());
        }
        if (read.articles().isEmpty()) {
            throw new HttpError(400, read.errors().isEmpty() ? "no article text found" : String.join("; ", read.errors()));
        }
        return analyze(read.articles().getFirst());
    }

    public AnalyzedArticle analyze(Article article) {
        return analyze(pipeline.analyze(article));
    }

    /** Claims of a stored ledger are recomputed when shown: the store keeps ledgers, not claims. */
    public AnalyzedArticle analyze(Ledger ledger) {
        return new AnalyzedArticle(ledger, claimAnalyzer.analyze(ledger));
    }
}
