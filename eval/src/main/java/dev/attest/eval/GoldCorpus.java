package dev.attest.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** A loaded gold data set: every document, in a stable order. */
public record GoldCorpus(Dataset dataset, Path source, List<GoldDocument> documents) {
    public GoldCorpus {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(source, "source");
        documents = List.copyOf(documents);
    }

    /** Gold records that can be scored (excluded ones not counted). */
    public int scorableRecords() {
        return documents.stream().mapToInt(d -> d.attributions().size()).sum();
    }

    public int excludedRecords() {
        return documents.stream().mapToInt(d -> d.excluded().size()).sum();
    }

    /** Every record the file holds, scorable or not. */
    public int allRecords() {
        return scorableRecords() + excludedRecords();
    }

    public Map<String, Integer> excludedByReason() {
        Map<String, Integer> counts = new TreeMap<>();
        documents.forEach(d -> d.excluded().forEach(e -> counts.merge(e.reason(), 1, Integer::sum)));
        return counts;
    }
}
