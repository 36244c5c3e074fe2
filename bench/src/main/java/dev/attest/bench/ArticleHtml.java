package dev.attest.bench;

import dev.attest.core.model.Article;

/** Renders an article as a news page with the furniture real pages have (navigation, share links, footer). */
public final class ArticleHtml {
    private ArticleHtml() {
    }

    public static String render(Article article) {
        StringBuilder html = new StringBuilder(article.text().length() + 800);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(escape(article.title())).append(" | News Example</title>\n")
                .append("<meta property=\"og:title\" content=\"").append(escape(article.title())).append("\">\n");
        if (article.url() != null) {
            html.append("<link rel=\"canonical\" href=\"").append(escape(article.url())).append("\">\n");
        }
        if (article.published() != null) {
            html.append("<meta property=\"article:published_time\" content=\"").append(article.published())
                    .append("T08:00:00Z\">\n");
        }
        html.append("</head><body>\n<nav><a href=\"/\">Home</a> <a href=\"/local\">Local</a></nav>\n<article>\n<h1>")
                .append(escape(article.title())).append("</h1>\n");
        for (String paragraph : article.text().split("\n\n")) {
            html.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        html.append("<div class=\"share\">Share this story</div>\n</article>\n<footer>News Example</footer>\n</body></html>\n");
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
