package dev.attest.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads the stance data sets into {@link StancePair}s. */
public final class StanceDatasets {
    public static final List<String> FNC_LABELS = List.of("agree", "disagree", "discuss", "unrelated");
    public static final List<String> EMERGENT_LABELS = List.of("for", "against", "observing");

    private StanceDatasets() {}

    /** FNC-1: a folder with one {@code *bodies*.csv} (Body ID, articleBody) and one {@code *stances*.csv} (Headline, Body ID, Stance). */
    public static List<StancePair> fnc1(Path dir) throws IOException {
        Path bodiesFile = single(dir, "*bodies*.csv");
        Path stancesFile = single(dir, "*stances*.csv");
        Map<String, String> bodies = new HashMap<>();
        List<List<String>> bodyRows = Csv.parse(Files.readString(bodiesFile, StandardCharsets.UTF_8));
        int[] b = columns(bodyRows, bodiesFile, "Body ID", "articleBody");
        for (List<String> r : bodyRows.subList(1, bodyRows.size())) {
            if (r.size() > Math.max(b[0], b[1])) {
                bodies.put(r.get(b[0]).strip(), r.get(b[1]));
            }
        }
        List<List<String>> stanceRows = Csv.parse(Files.readString(stancesFile, StandardCharsets.UTF_8));
        int[] s = columns(stanceRows, stancesFile, "Headline", "Body ID", "Stance");
        List<StancePair> out = new ArrayList<>();
        for (List<String> r : stanceRows.subList(1, stanceRows.size())) {
            if (r.size() <= Math.max(s[0], Math.max(s[1], s[2]))) {
                throw new IOException(stancesFile + ": short row " + r);
            }
            String body = bodies.get(r.get(s[1]).strip());
            String label = r.get(s[2]).strip();
            if (body == null) {
                throw new IOException(stancesFile + ": body " + r.get(s[1]) + " is not in " + bodiesFile);
            }
            if (!FNC_LABELS.contains(label)) {
                throw new IOException(stancesFile + ": unknown stance " + label);
            }
            out.add(new StancePair(r.get(s[1]).strip(), r.get(s[0]), body, label));
        }
        return out;
    }

    /** Emergent: a CSV with claimHeadline, articleHeadline, articleHeadlineStance, claimId. */
    public static List<StancePair> emergent(Path file) throws IOException {
        List<List<String>> rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        int[] c = columns(rows, file, "claimHeadline", "articleHeadline", "articleHeadlineStance", "claimId");
        List<StancePair> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() <= java.util.Arrays.stream(c).max().orElseThrow()) {
                throw new IOException(file + ": short row " + r);
            }
            String label = r.get(c[2]).strip();
            if (!EMERGENT_LABELS.contains(label)) {
                throw new IOException(file + ": unknown stance " + label);
            }
            out.add(new StancePair(r.get(c[3]).strip(), r.get(c[0]), r.get(c[1]), label));
        }
        return out;
    }

    private static Path single(Path dir, String glob) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, glob)) {
            ds.forEach(found::add);
        }
        if (found.size() != 1) {
            throw new IOException(dir + ": expected one " + glob + " file, found " + found.size());
        }
        return found.getFirst();
    }

    private static int[] columns(List<List<String>> rows, Path file, String... names) throws IOException {
        if (rows.isEmpty()) {
            throw new IOException(file + ": empty file");
        }
        List<String> header = rows.getFirst().stream().map(String::strip).toList();
        int[] idx = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            idx[i] = header.indexOf(names[i]);
            if (idx[i] < 0) {
                throw new IOException(file + ": no column " + names[i] + " in header " + header);
            }
        }
        return idx;
    }
}
