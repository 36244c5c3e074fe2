package dev.attest.eval;

import dev.attest.core.model.Span;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads one PolNeAR split folder ({@code text/<article>.txt} + {@code attributions/<article>_<annotator>.ann}).
 *
 * <p>Decisions, all documented in eval/README.md:
 * <ul>
 *   <li>An article annotated by several annotators is scored against the lexicographically first
 *       annotator id, as the data set's own counts do; the others are not read.</li>
 *   <li>Content is every {@code Content}/{@code Content2}/... fragment of the event; matching uses the
 *       covering span (see {@link GoldAttribution#content()}).</li>
 *   <li>An argument's meaning comes from its role in the E line, not from the type on its T line: train
 *       has a few events whose Cue points at a Discuss span or whose Source/Content types are swapped.</li>
 *   <li>An event without any Content (BRAT leaves trigger-only events behind) is an {@link ExcludedRecord}.</li>
 * </ul>
 */
public final class PolnearLoader {
    static final String NO_CONTENT = "event without content";
    private static final Pattern ANN_NAME = Pattern.compile("(.+)_([A-Za-z0-9]+)\\.ann");

    private final BratParser brat = new BratParser();

    public GoldCorpus load(Path splitDir) {
        Path textDir = splitDir.resolve("text");
        Path annDir = splitDir.resolve("attributions");
        for (Path dir : List.of(textDir, annDir)) {
            if (!Files.isDirectory(dir)) {
                throw new GoldDataException(dir, 0, "missing folder (expected a PolNeAR split with text/ and attributions/)");
            }
        }
        Map<String, Path> texts = textFiles(textDir);
        Map<String, Path> annotations = firstAnnotatorFiles(annDir);
        for (String article : annotations.keySet()) {
            if (!texts.containsKey(article)) {
                throw new GoldDataException(annotations.get(article), 0, "no text file " + textDir.resolve(article + ".txt"));
            }
        }
        List<GoldDocument> documents = new ArrayList<>();
        for (var entry : texts.entrySet()) {
            Path ann = annotations.get(entry.getKey());
            if (ann == null) {
                throw new GoldDataException(entry.getValue(), 0, "no annotation file " + annDir.resolve(entry.getKey() + "_<annotator>.ann"));
            }
            documents.add(document(entry.getKey(), readText(entry.getValue()), ann));
        }
        if (documents.isEmpty()) {
            throw new GoldDataException(textDir, 0, "no articles");
        }
        return new GoldCorpus(Dataset.POLNEAR, splitDir, documents);
    }

    private GoldDocument document(String article, String text, Path annFile) {
        BratAnnotations annotations = brat.parse(annFile, text);
        List<GoldAttribution> gold = new ArrayList<>();
        List<ExcludedRecord> excluded = new ArrayList<>();
        for (var event : annotations.events()) {
            String label = annFile.getFileName() + " " + event.id() + " (line " + event.line() + ")";
            List<Span> content = new ArrayList<>();
            Span source = null;
            Span cue = null;
            for (var argument : event.arguments().entrySet()) {
                var span = annotations.textBounds().get(argument.getValue());
                switch (argument.getKey()) {
                    case "Source" -> source = span.covering();
                    case "Cue" -> cue = span.covering();
                    default -> content.addAll(span.fragments());
                }
            }
            content.removeIf(Span::isEmpty);
            if (content.isEmpty()) {
                excluded.add(new ExcludedRecord(label, NO_CONTENT));
            } else {
                gold.add(new GoldAttribution(label, content, source, cue, null));
            }
        }
        return new GoldDocument(article, text, gold, excluded);
    }

    private Map<String, Path> textFiles(Path textDir) {
        Map<String, Path> texts = new TreeMap<>();
        for (Path file : list(textDir)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".txt")) {
                texts.put(name.substring(0, name.length() - ".txt".length()), file);
            }
        }
        return texts;
    }

    private Map<String, Path> firstAnnotatorFiles(Path annDir) {
        Map<String, Path> first = new TreeMap<>();
        for (Path file : list(annDir)) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".ann")) {
                continue;
            }
            Matcher m = ANN_NAME.matcher(name);
            if (!m.matches()) {
                throw new GoldDataException(file, 0, "expected a name like <article>_<annotator>.ann");
            }
            first.merge(m.group(1), file, (a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()) <= 0 ? a : b);
        }
        return first;
    }

    private List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new GoldDataException(dir, 0, "cannot list: " + e.getMessage(), e);
        }
    }

    private String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new GoldDataException(file, 0, "not valid UTF-8", e);
        } catch (IOException e) {
            throw new GoldDataException(file, 0, "cannot read: " + e.getMessage(), e);
        }
    }
}
