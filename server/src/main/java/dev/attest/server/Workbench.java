package dev.attest.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.attest.store.CorpusStore;
import java.time.Clock;

/** The plain services the HTTP layer calls; nothing here knows about HTTP frameworks. */
public record Workbench(CorpusStore corpus, AnalysisService analysis, IngestService ingest, ReviewService reviews,
                        UserAccounts accounts, Sessions sessions, ObjectMapper mapper, PublicUrl publicUrl) {

    public static Workbench over(CorpusStore corpus, AnalysisService analysis, UrlPolicy urls, long maxBody, PublicUrl publicUrl) {
        Clock clock = Clock.systemUTC();
        return new Workbench(corpus, analysis, new IngestService(corpus.directory(), analysis.pipeline(), maxBody, urls),
                new ReviewService(new ReviewStore(corpus.directory()), corpus, clock),
                new UserAccounts(corpus.directory()), new Sessions(clock), new ObjectMapper(), publicUrl);
    }
}
