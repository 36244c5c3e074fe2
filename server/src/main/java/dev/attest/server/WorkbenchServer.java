package dev.attest.server;

import dev.attest.claims.ClaimAnalyzer;
import dev.attest.core.extract.Pipeline;
import dev.attest.store.CorpusStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The running workbench: the API and the pages over one store, on one address. Close it to stop. */
public final class WorkbenchServer implements AutoCloseable {
    public static final long DEFAULT_MAX_BODY = 2L * 1024 * 1024;
    private final HttpServerAdapter http;
    private final CorpusStore corpus;
    private final String url;
    private final List<Route> routes;

    private WorkbenchServer(HttpServerAdapter http, CorpusStore corpus, String url, List<Route> routes) {
        this.http = http;
        this.corpus = corpus;
        this.url = url;
        this.routes = List.copyOf(routes);
    }

    /** Every route the server registered, API and pages. */
    public List<Route> routes() {
        return routes;
    }

    /** Opens the store read-only and serves it; {@code port} 0 picks a free port. */
    public static WorkbenchServer start(Path storeDir, String bind, int port) {
        CorpusStore corpus = CorpusStore.openReadOnly(storeDir);
        try {
            return start(corpus, new AnalysisService(Pipeline.standard(), ClaimAnalyzer.standard(), DEFAULT_MAX_BODY), bind, port);
        } catch (RuntimeException e) {
            corpus.close();
            throw e;
        }
    }

    /** Serves an open store, which the server closes when it stops; URL ingests fetch public hosts only. */
    public static WorkbenchServer start(CorpusStore corpus, AnalysisService analysis, String bind, int port) {
        return start(corpus, analysis, UrlPolicy.publicHostsOnly(), bind, port);
    }

    /** As {@link #start(CorpusStore, AnalysisService, String, int)} with the policy for URLs reviewers ask to ingest. */
    public static WorkbenchServer start(CorpusStore corpus, AnalysisService analysis, UrlPolicy urls, String bind, int port) {
        PublicUrl publicUrl = new PublicUrl();
        Workbench wb = Workbench.over(corpus, analysis, urls, DEFAULT_MAX_BODY, publicUrl);
        List<Route> routes = new ArrayList<>(new ApiRoutes(wb).routes());
        routes.addAll(new PageRoutes(wb).routes());
        routes.addAll(new ClaimRoutes(wb).routes());
        HttpServerAdapter http = new HttpServerAdapter(routes, DEFAULT_MAX_BODY, (path, status, message) ->
                path.startsWith("/api/") || path.equals("/health") ? ApiRoutes.error(wb.mapper(), status, message)
                        : PageRoutes.error(status, message));
        http.start(bind, port);
        publicUrl.set("http://" + (bind.contains(":") ? "[" + bind + "]" : bind) + ":" + http.port());
        return new WorkbenchServer(http, corpus, publicUrl.get(), routes);
    }

    public String url() {
        return url;
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.close();
        corpus.close();
    }
}
