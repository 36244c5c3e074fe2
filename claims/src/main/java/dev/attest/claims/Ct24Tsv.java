package dev.attest.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads CheckThat! 2024 task 1 TSV files ({@code Sentence_id, Text, class_label}).
 *
 * <p>The files are not clean TSV: the dev file has CRLF line ends, texts holding a comma or a quote
 * are wrapped in CSV-style double quotes with {@code ""} escapes, and one train line holds two
 * records with no newline between them ({@code ...\tNo29286\tYou can't...\tNo}). A label glued to
 * the next id is split back into two records; a line that still does not parse is counted in
 * {@link Result#skipped()} and left out rather than failing the run.
 */
public final class Ct24Tsv {
    private static final Pattern GLUED_LABEL = Pattern.compile("(Yes|No)(\\d+)");

    private Ct24Tsv() {}

    public record Result(List<LabeledSentence> sentences, List<String> skipped) {
        public Result {
            sentences = List.copyOf(sentences);
            skipped = List.copyOf(skipped);
        }
    }

    public static Result read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static Result parse(String content) {
        List<LabeledSentence> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        String[] lines = content.split("\r?\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || i == 0 && line.startsWith("Sentence_id")) {
                continue;
            }
            if (!parseLine(line, out)) {
                skipped.add("line " + (i + 1) + ": " + abbreviate(line));
            }
        }
        return new Result(out, skipped);
    }

    /** Adds the line's record(s) to {@code out}; false, adding nothing, when the line does not parse. */
    private static boolean parseLine(String line, List<LabeledSentence> out) {
        List<String> fields = new ArrayList<>();
        for (String f : line.split("\t", -1)) {
            Matcher glued = GLUED_LABEL.matcher(f.strip());
            if (!fields.isEmpty() && fields.size() % 3 == 2 && glued.matches()) {
                fields.add(glued.group(1));
                fields.add(glued.group(2));
            } else {
                fields.add(f);
            }
        }
        if (fields.isEmpty() || fields.size() % 3 != 0) {
            return false;
        }
        List<LabeledSentence> records = new ArrayList<>();
        for (int r = 0; r < fields.size(); r += 3) {
            String id = fields.get(r).strip();
            String label = fields.get(r + 2).strip();
            if (id.isEmpty() || !(label.equals("Yes") || label.equals("No"))) {
                return false;
            }
            records.add(new LabeledSentence(id, unquote(fields.get(r + 1).strip()), label.equals("Yes")));
        }
        out.addAll(records);
        return true;
    }

    static String unquote(String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text;
    }

    private static String abbreviate(String line) {
        return line.length() <= 80 ? line : line.substring(0, 77) + "...";
    }
}
