package dev.attest.tagger;

import dev.attest.core.model.Channel;
import dev.attest.core.model.Mention;
import dev.attest.core.model.MentionType;
import dev.attest.core.model.Provenance;
import dev.attest.core.model.Span;
import dev.attest.core.model.Speaker;
import dev.attest.core.model.Statement;
import dev.attest.core.model.StatementKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Joins tagged spans into attributions. Content is the anchor (the evaluation pairs on it): each content span takes
 * the nearest cue of its paragraph; contents sharing a cue are one attribution whose content covers them all (a quote
 * split by "he said", as PolNeAR's covering span does); the cue takes the nearest source of its paragraph outside
 * the content. A content span with no cue in its paragraph is dropped: every PolNeAR attribution has a cue, and a
 * lone content is most often a tagging slip.
 */
final class AttributionAssembler {
    static final String RULE = "tagger";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which", "that");

    private AttributionAssembler() {
    }

    record Tagged(Span span, double confidence) {
    }

    static List<Statement> assemble(String text, List<Tagged> sources, List<Tagged> cues, List<Tagged> contents, CueEndings endings) {
        int[] paragraph = paragraphs(text);
        Map<Tagged, List<Tagged>> contentsByCue = new LinkedHashMap<>();
        for (Tagged content : contents) {
            Tagged cue = nearest(content.span(), cues, paragraph, null);
            if (cue != null) {
                contentsByCue.computeIfAbsent(cue, c -> new ArrayList<>()).add(content);
            }
        }
        List<Statement> statements = new ArrayList<>();
        List<Map.Entry<Tagged, List<Tagged>>> ordered = new ArrayList<>(contentsByCue.entrySet());
        ordered.sort(Comparator.comparing(e -> e.getValue().getFirst().span()));
        for (var entry : ordered) {
            Tagged cue = entry.getKey();
            int start = entry.getValue().stream().mapToInt(t -> t.span().start()).min().orElseThrow();
            int end = entry.getValue().stream().mapToInt(t -> t.span().end()).max().orElseThrow();
            Span content = startAtThat(text, new Span(start, end));
            Tagged source = nearest(cue.span(), sources, paragraph, entry.getValue());
            double confidence = entry.getValue().stream().mapToDouble(Tagged::confidence).average().orElse(0) * cue.confidence();
            statements.add(statement(text, "t" + (statements.size() + 1), content, cue.span(), source, confidence, endings));
        }
        return statements;
    }

    /**
     * A tagger statement: the source (may be null) is the local mention as written, PolNeAR's convention; the cue is
     * trimmed by {@link #trimCue}, then by {@code endings}.
     */
    static Statement statement(String text, String id, Span content, Span cue, Tagged source, double confidence, CueEndings endings) {
        cue = endings.trim(text, trimCue(text, cue));
        return new Statement(id, kind(content.of(text)), content, content.of(text), cue, cue.of(text), Channel.NONE,
                source == null ? null : speaker(text, source), new Provenance(RULE, Math.clamp(confidence, 0.0, 1.0)));
    }

    private static final java.util.regex.Pattern DANGLING_CUE_END = java.util.regex.Pattern.compile(
            "(?:\\s+(?:a|an|the|his|her|their|its|this|these|those|my|our|your)"
                    + "|(?<=\\b(?:said|says|say|told|tells|tell|wrote|writes|write|stated|states|added|adds|noted|notes|tweeted|tweets))\\s+(?:on|in|at|during|by))$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A cue the head ran one word too far ("told a", "said on"): a trailing article, possessive or demonstrative is
     * dropped, as is a time or place preposition right after a speech verb. Of 22,468 PolNeAR train cues, 4 end in
     * such a determiner and none in "said on", "said in", "told at" and the like, while "said of", "asked about" do
     * occur and stay.
     */
    static Span trimCue(String text, Span cue) {
        Span trimmed = cue;
        while (true) {
            java.util.regex.Matcher m = DANGLING_CUE_END.matcher(text).region(trimmed.start(), trimmed.end());
            if (!m.find() || m.start() <= trimmed.start()) {
                return trimmed;
            }
            trimmed = new Span(trimmed.start(), m.start());
        }
    }

    /**
     * A content that covers its own cue is normally a quote split by "he said". When another tagged cue starts right
     * after the cue (and after the source, when the source follows it), the words after it are that cue's
     * attribution instead ("… the 'woman card,'" Fiorina said, adding that …"), so the content ends before the source
     * or cue, whichever comes first. {@code cueStarts} are the character offsets where tagged cues begin.
     */
    static Span endBeforeFollowingAttribution(String text, Span content, Span cue, Span source, Set<Integer> cueStarts) {
        if (!(content.start() < cue.start() && cue.end() < content.end())) {
            return content;
        }
        int next = cue.end();
        if (source != null && source.start() >= cue.end() && source.end() < content.end()) {
            next = source.end();
        }
        while (next < content.end() && (Character.isWhitespace(text.charAt(next)) || ",;:-\u2013\u2014".indexOf(text.charAt(next)) >= 0)) {
            next++;
        }
        if (next >= content.end() || !cueStarts.contains(next)) {
            return content;
        }
        int cut = cue.start();
        if (source != null && source.start() > content.start() && source.end() <= cue.start()) {
            cut = source.start();
        }
        while (cut > content.start() && Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        return cut > content.start() ? new Span(content.start(), cut) : content;
    }

    private static final java.util.regex.Pattern ADVERBIAL_THEN_THAT = java.util.regex.Pattern.compile(
            "(?:(?:on|in|at|during|last|this|earlier|late|early|after|before|yesterday|today|recently|again|also|repeatedly|publicly|privately)\\b[^.;:\"“”\\n]{0,40}?\\s)(that)\\s",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "claimed on Tuesday that taxes would rise": the head sometimes starts content at the time or place phrase
     * after the cue; PolNeAR (and GGT) start it at "that", so a content opening with such a phrase is cut there.
     */
    static Span startAtThat(String text, Span content) {
        java.util.regex.Matcher m = ADVERBIAL_THEN_THAT.matcher(text).region(content.start(), content.end());
        return m.lookingAt() ? new Span(m.start(1), content.end()) : content;
    }

    /** The candidate of the same paragraph closest to {@code anchor} (not inside any of {@code avoid}), or null. */
    private static Tagged nearest(Span anchor, List<Tagged> candidates, int[] paragraph, List<Tagged> avoid) {
        Tagged best = null;
        int bestGap = Integer.MAX_VALUE;
        for (Tagged c : candidates) {
            if (avoid != null && avoid.stream().anyMatch(part -> part.span().contains(c.span()))) {
                continue; // a name inside the content is what was said about, not who said it
            }
            if (!sameParagraph(paragraph, anchor, c.span())) {
                continue;
            }
            int gap = anchor.gap(c.span());
            if (gap < bestGap) {
                bestGap = gap;
                best = c;
            }
        }
        return best;
    }

    private static boolean sameParagraph(int[] paragraph, Span a, Span b) {
        int pa = paragraph[a.start()];
        int pb = paragraph[b.start()];
        return pa == pb || paragraph[Math.max(a.start(), a.end() - 1)] == pb || paragraph[Math.max(b.start(), b.end() - 1)] == pa;
    }

    /** Per character, the number of line breaks before it: equal numbers mean the same paragraph. */
    private static int[] paragraphs(String text) {
        int[] ids = new int[text.length() + 1];
        int id = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                id++;
            }
            ids[i] = id;
        }
        ids[text.length()] = id;
        return ids;
    }

    private static StatementKind kind(String content) {
        String trimmed = content.strip();
        boolean opens = !trimmed.isEmpty() && "\"“".indexOf(trimmed.charAt(0)) >= 0;
        boolean closes = trimmed.length() > 1 && "\"”".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
        if (opens && closes) {
            return StatementKind.DIRECT;
        }
        return content.indexOf('"') >= 0 || content.indexOf('“') >= 0 ? StatementKind.MIXED : StatementKind.INDIRECT;
    }

    private static Speaker speaker(String text, Tagged source) {
        String words = source.span().of(text);
        String lower = words.toLowerCase(Locale.ROOT);
        MentionType type = PRONOUNS.contains(lower) ? MentionType.PRONOUN
                : Character.isUpperCase(words.charAt(0)) && !lower.startsWith("the ") ? MentionType.NAME : MentionType.UNNAMED;
        return new Speaker(words, type == MentionType.NAME, null, new Mention(source.span(), words, type),
                new Provenance(RULE, Math.clamp(source.confidence(), 0.0, 1.0)));
    }
}
