package dev.attest.eval;

import java.util.List;
import java.util.Objects;

/** One annotated article: its text and the gold statements that can be scored, plus those that cannot. */
public record GoldDocument(String id, String text, List<GoldAttribution> attributions, List<ExcludedRecord> excluded) {
    public GoldDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        attributions = List.copyOf(attributions);
        excluded = List.copyOf(excluded);
    }
}
