package dev.attest.claims.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads CLEF 2020 CheckThat! task 2 (English): {@code verified_claims.docs.tsv} (id, vclaim, title, with a header
 * line) and a split folder holding {@code tweets.queries.tsv} (id, tweet, with a header) and
 * {@code tweet-vclaim-pairs.qrels} (TREC qrels: tweet id, 0, claim id, relevance).
 *
 * <p>Fields holding a quote are CSV-quoted with {@code ""} escapes inside the TSV. Queries without any relevant
 * claim are dropped, as the official scorer does.
 */
public final class Ct20Dataset {
    public static final String QUERIES = "tweets.queries.tsv";
    public static final String QRELS = "tweet-vclaim-pairs.qrels";

    private Ct20Dataset() {
    }

    public static ClaimMatchingSet load(Path claimsFile, Path splitDir) throws IOException {
        List<VerifiedClaim> claims = new ArrayList<>();
        for (List<String> row : rows(claimsFile)) {
            claims.add(new VerifiedClaim(row.get(0), row.get(1), row.size() > 2 ? row.get(2) : ""));
        }
        Map<String, Set<String>> relevant = qrels(required(splitDir.resolve(QRELS)));
        List<ClaimQuery> queries = new ArrayList<>();
        for (List<String> row : rows(splitDir.resolve(QUERIES))) {
            if (relevant.containsKey(row.get(0))) {
                queries.add(new ClaimQuery(row.get(0), row.get(1)));
            }
        }
        return new ClaimMatchingSet(claims, queries, relevant);
    }

    private static Map<String, Set<String>> qrels(Path file) throws IOException {
        Map<String, Set<String>> relevant = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.strip().split("\\s+");
            if (f.length >= 4 && !f[3].equals("0")) {
                relevant.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[2]);
            }
        }
        return relevant;
    }

    /** Data rows (header skipped) with at least an id and a text. */
    private static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> records = records(Files.readString(required(file), StandardCharsets.UTF_8));
        List<List<String>> rows = new ArrayList<>();
        for (List<String> fields : records.subList(Math.min(1, records.size()), records.size())) {
            if (fields.size() >= 2 && !fields.get(0).isBlank()) {
                rows.add(fields);
            }
        }
        return rows;
    }

    /**
     * Splits tab-separated records as pandas writes them: a field starting with a quote is quoted, may hold tabs
     * and newlines, and doubles its own quotes (14 verified claims span two lines).
     */
    static List<List<String>> records(String content) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < content.length() && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                fieldStart = false;
            } else if (c == '\t') {
                fields.add(field.toString().strip());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString().strip());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                fieldStart = true;
            } else {
                field.append(c);
                fieldStart = false;
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString().strip());
            records.add(fields);
        }
        return records;
    }

    private static Path required(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "CheckThat! 2020 task 2 file missing");
        }
        return file;
    }
}
