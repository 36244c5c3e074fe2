package dev.attest.tagger;

import dev.attest.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The units the tagger labels: each word-initial piece together with the continuation pieces after it ("say" +
 * "##ing"). Tagging units instead of pieces keeps every decoded span on word boundaries.
 *
 * @param firstPiece per word, the index of its first piece (whose state represents the word)
 * @param spans      per word, the characters it covers
 */
public record Words(int[] firstPiece, List<Span> spans) {
    public Words {
        spans = List.copyOf(spans);
    }

    public static Words of(String text, PieceStates pieces) {
        int n = pieces.size();
        int[] first = new int[n];
        List<Span> spans = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (count > 0 && pieces.continuesWord(i, text)) {
                Span last = spans.removeLast();
                spans.add(new Span(last.start(), Math.max(last.end(), pieces.ends()[i])));
            } else {
                first[count++] = i;
                spans.add(new Span(pieces.starts()[i], pieces.ends()[i]));
            }
        }
        return new Words(java.util.Arrays.copyOf(first, count), spans);
    }

    public int size() {
        return firstPiece.length;
    }

    /** The first and last word sharing a character with {@code span}, or null when none does. */
    int[] range(Span span) {
        int first = -1;
        int last = -1;
        for (int w = 0; w < size(); w++) {
            if (spans.get(w).overlaps(span)) {
                if (first < 0) {
                    first = w;
                }
                last = w;
            } else if (spans.get(w).start() >= span.end()) {
                break;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /**
     * Gold tags per word for one role: a word is inside a span when they share a character; the first such word of
     * each span begins it. Where spans of one role overlap (nested attributions) the union is tagged.
     */
    public Tag[] tags(List<RoleSpan> gold, Role role) {
        Tag[] tags = new Tag[size()];
        java.util.Arrays.fill(tags, Tag.OUTSIDE);
        for (RoleSpan g : gold) {
            if (g.role() != role || g.span().isEmpty()) {
                continue;
            }
            boolean first = true;
            for (int w = 0; w < size(); w++) {
                if (spans.get(w).overlaps(g.span())) {
                    if (first && tags[w] == Tag.OUTSIDE) {
                        tags[w] = Tag.BEGIN;
                    } else if (tags[w] == Tag.OUTSIDE) {
                        tags[w] = Tag.INSIDE;
                    }
                    first = false;
                }
            }
        }
        return tags;
    }
}
