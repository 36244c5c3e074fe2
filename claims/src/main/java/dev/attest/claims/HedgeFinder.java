package dev.attest.claims;

import dev.attest.core.lexicon.WordSet;
import dev.attest.core.model.Hedge;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import dev.attest.core.text.Layout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the words that weaken how firmly something is asserted:
 * <ul>
 *   <li><b>distancing</b>: the writer reports without vouching ("claimed", "alleged", "insisted",
 *       "reportedly", "purportedly", "so-called", "without evidence");</li>
 *   <li><b>modal</b>: possibility rather than fact ("may", "might", "could", "possibly");</li>
 *   <li><b>weasel</b>: a vague source ("some say", "critics say", "it is believed").</li>
 * </ul>
 * A statement's hedges are those inside its content plus its context: a distancing reporting verb
 * (its cue), a vague unnamed speaker with the cue ("Some critics say"), and distancing words in its
 * sentence outside the content ("he said, without evidence, that ..."). Stateless and thread-safe.
 */
final class HedgeFinder {
    private static final Set<String> DISTANCING_CUES = WordSet.of("claim", "claims", "claimed", "claiming", "allege",
            "alleges", "alleged", "alleging", "insist", "insists", "insisted", "insisting", "purport", "purports",
            "purported", "contend", "contends", "contended", "maintain", "maintains", "maintained", "assert", "asserts",
            "asserted");
    private static final Set<String> VAGUE_SOURCES = WordSet.of("some", "many", "several", "most", "few", "others",
            "critics", "opponents", "detractors", "skeptics", "sceptics", "observers", "people", "some people",
            "many people", "commentators", "pundits");
    static final PhraseSet DISTANCING = PhraseSet.of(
            "alleged|allegedly|reportedly|purportedly|supposedly|ostensibly|so-called|purported",
            "without evidence|proof",
            "without offering|providing|citing|giving|presenting any? evidence|proof|details|support");
    static final PhraseSet MODAL = PhraseSet.of(
            "may|might|could|possibly|perhaps|probably|likely|unlikely|apparently|presumably",
            "appear|appears|appeared|seem|seems|seemed to", "it is|was possible|likely|unclear");
    static final PhraseSet WEASEL = PhraseSet.of(
            "some|many|several|critics|opponents|observers|experts|people|others say|said|believe|argue|argued|claim|think|suggest",
            "some|many people|critics|observers|experts|analysts say|said|believe|argue|argued|claim|think",
            "it is|was said|believed|thought|rumored|rumoured|alleged|claimed",
            "it has|had been said|believed|thought|rumored|rumoured|alleged|claimed",
            "people are|were saying|talking",
            "some would|might say|argue");

    /** Hedges inside {@code span}. */
    List<Hedge> inside(Layout layout, Span span) {
        List<Word> words = Word.of(layout.tokensIn(span.start(), span.end()));
        Map<Span, Hedge> found = new LinkedHashMap<>();
        collect(layout.text(), words, WEASEL, Hedge.WEASEL, found);
        collect(layout.text(), words, MODAL, Hedge.MODAL, found);
        collect(layout.text(), words, DISTANCING, Hedge.DISTANCING, found);
        return sorted(found);
    }

    /** Hedges of a statement that sit outside its content: its cue, a vague speaker, distancing words in its sentence. */
    List<Hedge> context(Layout layout, Statement statement) {
        String text = layout.text();
        Map<Span, Hedge> found = new LinkedHashMap<>();
        if (statement.cue() != null) {
            String lastCueWord = lastWord(statement.cueText());
            if (DISTANCING_CUES.contains(lastCueWord)) {
                found.put(statement.cue(), new Hedge(statement.cue(), statement.cueText(), Hedge.DISTANCING));
            }
        }
        if (statement.speaker() != null && !statement.speaker().named() && statement.speaker().mention() != null
                && statement.cue() != null && isVague(statement.speaker().mention().text())) {
            Span mention = statement.speaker().mention().span();
            Span cue = statement.cue();
            // "Some critics say": the vague source and its verb read as one hedge when they are adjacent.
            Span hedge = mention.end() <= cue.start() && cue.start() - mention.end() <= 2
                    ? new Span(mention.start(), cue.end()) : mention;
            found.putIfAbsent(hedge, new Hedge(hedge, hedge.of(text), Hedge.WEASEL));
        }
        Span sentence = sentenceAround(layout, statement.content());
        List<Word> words = Word.of(layout.tokensIn(sentence.start(), sentence.end()));
        List<Word> outside = words.stream()
                .filter(w -> !statement.content().overlaps(w.span()))
                .toList();
        Map<Span, Hedge> distancing = new LinkedHashMap<>();
        collect(text, outside, DISTANCING, Hedge.DISTANCING, distancing);
        distancing.forEach(found::putIfAbsent);
        return sorted(found);
    }

    /** Distancing, modal and weasel hedges of a statement: its context plus what its content says. */
    List<Hedge> ofStatement(Layout layout, Statement statement) {
        Map<Span, Hedge> all = new LinkedHashMap<>();
        context(layout, statement).forEach(h -> all.put(h.cue(), h));
        inside(layout, statement.content()).forEach(h -> all.putIfAbsent(h.cue(), h));
        return sorted(all);
    }

    private static boolean isVague(String mention) {
        String m = mention.toLowerCase(java.util.Locale.ROOT).strip();
        if (VAGUE_SOURCES.contains(m)) {
            return true;
        }
        String firstWord = m.split("\\s+")[0];
        String lastWord = lastWord(m);
        return Set.of("some", "many", "several", "most", "few").contains(firstWord) || VAGUE_SOURCES.contains(lastWord);
    }

    private static String lastWord(String s) {
        String[] parts = s.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+");
        return parts[parts.length - 1];
    }

    private static Span sentenceAround(Layout layout, Span content) {
        int first = layout.sentenceAt(content.start());
        int last = layout.sentenceAt(Math.max(content.start(), content.end() - 1));
        if (layout.sentences().isEmpty()) {
            return content;
        }
        Span a = layout.sentences().get(first);
        Span b = layout.sentences().get(last);
        return new Span(Math.min(a.start(), content.start()), Math.max(b.end(), content.end()));
    }

    private static void collect(String text, List<Word> words, PhraseSet patterns, String kind, Map<Span, Hedge> into) {
        for (PhraseSet.Hit hit : patterns.findAll(words)) {
            PhrasePattern.Match m = hit.match();
            if (m.to() - m.from() == 1 && words.get(m.from()).original().equals("May")) {
                continue; // the month, not the modal
            }
            Span span = new Span(words.get(m.from()).start(), words.get(m.to() - 1).end());
            if (into.keySet().stream().noneMatch(s -> s.overlaps(span))) {
                into.put(span, new Hedge(span, span.of(text), kind));
            }
        }
    }

    private static List<Hedge> sorted(Map<Span, Hedge> found) {
        List<Hedge> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparing(Hedge::cue));
        return out;
    }
}
