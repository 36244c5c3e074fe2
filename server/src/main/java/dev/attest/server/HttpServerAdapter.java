package dev.attest.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The only class that knows Javalin: it maps {@link Route}s onto Javalin handlers, reads request bodies with a size
 * limit, and writes {@link WebResponse}s. Replacing the web framework means replacing this class.
 */
public final class HttpServerAdapter implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HttpServerAdapter.class.getName());
    private final Javalin app;
    private final long maxBodyBytes;
    private final ErrorResponder errors;

    public HttpServerAdapter(List<Route> routes, long maxBodyBytes, ErrorResponder errors) {
        this.maxBodyBytes = maxBodyBytes;
        this.errors = errors;
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = maxBodyBytes;
            for (Route route : routes) {
                cfg.routes.addHttpHandler(new HandlerType(route.method()), route.path(), ctx -> serve(ctx, route));
            }
            // unknown paths and wrong methods: Javalin's own answers are plain text, ours are JSON or a page
            cfg.routes.exception(HttpResponseException.class, (e, ctx) ->
                    write(ctx, errors.respond(ctx.path(), e.getStatus(), e.getStatus() == 404 ? "no such page: " + ctx.path() : e.getMessage())));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.log(Level.WARNING, "request failed: " + ctx.path(), e);
                write(ctx, errors.respond(ctx.path(), 500, "internal error"));
            });
        });
    }

    /** Starts listening; port 0 picks a free port (see {@link #port()}). */
    public HttpServerAdapter start(String bind, int port) {
        app.start(bind, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void serve(Context ctx, Route route) {
        WebResponse response;
        try {
            WebRequest request = new WebRequest(route.method(), ctx.path(), ctx.pathParamMap(), ctx.queryParamMap(),
                    ctx::header, ctx.cookieMap(), readBody(ctx));
            response = route.handler().handle(request);
        } catch (HttpError e) {
            response = errors.respond(ctx.path(), e.status(), e.getMessage());
        }
        write(ctx, response);
    }

    private byte[] readBody(Context ctx) {
        if (!"POST".equals(ctx.method().name()) && !"PUT".equals(ctx.method().name())) {
            return new byte[0];
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw new HttpError(413, "request body larger than " + maxBodyBytes + " bytes");
        }
        // chunked bodies declare no length: count while reading and stop one byte past the limit
        try (InputStream in = ctx.bodyInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[8192];
            long total = 0;
            int n;
            while ((n = in.read(chunk)) != -1) {
                total += n;
                if (total > maxBodyBytes) {
                    throw new HttpError(413, "request body larger than " + maxBodyBytes + " bytes");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new HttpError(400, "cannot read request body: " + e.getMessage());
        }
    }

    private static void write(Context ctx, WebResponse response) {
        ctx.status(response.status());
        ctx.contentType(response.contentType());
        for (Map.Entry<String, String> h : response.headers()) {
            ctx.res().addHeader(h.getKey(), h.getValue());
        }
        ctx.result(response.body());
    }
}
