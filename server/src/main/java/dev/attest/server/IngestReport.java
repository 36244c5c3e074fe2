package dev.attest.server;

import java.util.List;

/**
 * What one ingest request did: per article its id, store ref, title and status ({@code added}, {@code already stored},
 * {@code copy} when its text is stored under another URL, {@code failed} when the analysis failed), and the problems
 * the reader reported (bad JSON lines, for instance), one line each.
 */
public record IngestReport(List<Item> articles, List<String> problems) {
    public record Item(String id, String ref, String title, String status) {
    }

    public IngestReport {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public long count(String status) {
        return articles.stream().filter(a -> a.status().equals(status)).count();
    }
}
