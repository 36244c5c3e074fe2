package dev.attest.server;

import static dev.attest.server.Html.escape;

/** The page frame. A strict Content-Security-Policy (no scripts at all) backs up escaping: the UI needs no JavaScript. */
final class Layout {
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private Layout() {
    }

    static WebResponse page(int status, String title, String userOrNull, String body) {
        return page(status, title, userOrNull, body, "");
    }

    /** {@code head} is trusted markup built by the caller (e.g. escaped JSON-LD). */
    static WebResponse page(int status, String title, String userOrNull, String body, String head) {
        String who = userOrNull == null ? "<a href=\"/login\">Log in</a>" : "Reviewer " + escape(userOrNull);
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title) + " · Attest</title>"
                + "<link rel=\"stylesheet\" href=\"/assets/workbench.css\">" + head + "</head><body>"
                + "<header><a class=\"brand\" href=\"/\">Attest</a> <a href=\"/analyze\">Analyze an article</a> "
                + "<a href=\"/reviews\">Reviews</a> " + (userOrNull == null ? "" : "<a href=\"/ingest\">Ingest</a> ") + "<form class=\"search\" action=\"/search\" method=\"get\"><input name=\"q\" "
                + "placeholder=\"Search statements\" aria-label=\"Search statements\"><button>Search</button></form> <span class=\"who\">"
                + who + "</span></header><main>" + body + "</main></body></html>";
        return WebResponse.html(status, html)
                .withHeader("Content-Security-Policy", CSP)
                .withHeader("X-Content-Type-Options", "nosniff")
                .withHeader("Referrer-Policy", "no-referrer");
    }

    static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:0;color:#222}
            header{background:#1d3557;color:#fff;padding:.5em 1em;display:flex;gap:1em;align-items:center;flex-wrap:wrap}
            header a{color:#fff} .brand{font-weight:bold} form.search{display:inline}
            main{max-width:70em;margin:1em auto;padding:0 1em}
            .article-text{white-space:pre-wrap;line-height:1.6;max-width:48em}
            mark.stmt{border-radius:3px;padding:0 1px} u.claim{text-decoration-style:dotted} u.checkworthy{text-decoration-style:solid;text-decoration-color:#c00}
            sup.score{font-size:.7em;color:#c00} .dispute-evidence{outline:2px dashed #e63946}
            .spk-0{background:#ffe08a}.spk-1{background:#b9e4c9}.spk-2{background:#bcd4f6}.spk-3{background:#f6c1d1}
            .spk-4{background:#e0c9f5}.spk-5{background:#ffd0a6}.spk-6{background:#c8f0f0}.spk-7{background:#e2e2b6}.spk-8{background:#ddd}
            table{border-collapse:collapse} td,th{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
            .actions form{display:inline} .actions a.edit{margin-right:.5em}
            .muted{color:#666} .error{color:#a00} textarea{width:100%;min-height:12em}
            """;
}
