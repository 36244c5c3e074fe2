package dev.attest.claims;

import dev.attest.core.model.Claim;
import dev.attest.core.model.Dispute;
import dev.attest.core.model.Entity;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Mention;
import dev.attest.core.model.MentionType;
import dev.attest.core.model.Provenance;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import dev.attest.core.model.StatementKind;
import dev.attest.core.text.Layout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds where the article contests a statement or claim, and links each place to its target.
 *
 * <p>Only the article's own words count as evidence: a cue inside a statement's content is the
 * speaker talking, not the article. Three kinds of link:
 * <ul>
 *   <li><b>discourse</b>: "Reports describe the caravan as women and children. Despite that, Trump
 *       described the groups as fighters" contests the statement that follows the opener, with the
 *       sentence before as evidence;</li>
 *   <li><b>adjacent</b>: "falsely claimed" contests the statement whose cue it modifies; "..., which is
 *       not true" the statement just before it;</li>
 *   <li><b>term overlap</b>: any other cue ("no credible reports of injuries", "didn't offer any
 *       details") contests the earlier claim sharing the most key terms with the evidence, weighted
 *       by rarity in the article ({@link KeyTerms} folds "injuries"/"harm" and "hurt" together), with
 *       a bonus when the evidence names the claim's speaker ("the president didn't offer...").</li>
 * </ul>
 * One dispute per evidence sentence and target; several cues in one sentence raise its confidence.
 * Stateless and thread-safe.
 */
final class DisputeFinder {
    /** How many paragraphs back a term-overlap link may reach. */
    static final int MAX_PARAGRAPHS_BACK = 6;
    /** "Despite that," names the contrast outright; "Still," or "Even so," only implies it. */
    private static final double DESPITE_CONFIDENCE = 0.8;
    private static final double CONTRAST_CONFIDENCE = 0.6;

    private record Target(String id, double strength, String link) {}

    /** What term-overlap linking needs about one article, computed once. */
    private record Context(Ledger ledger, Layout layout, List<Claim> claims, List<Set<String>> claimTerms,
            Map<String, Statement> statementById, List<Set<String>> sentenceTerms, Map<String, Integer> termSentences) {}

    List<Dispute> find(Ledger ledger, Layout layout, List<Claim> claims) {
        String text = layout.text();
        List<Statement> statements = ledger.statements();
        Map<String, Statement> statementById = new HashMap<>();
        statements.forEach(s -> statementById.put(s.id(), s));
        List<Set<String>> sentenceTerms = new ArrayList<>();
        Map<String, Integer> termSentences = new HashMap<>();
        for (Span s : layout.sentences()) {
            Set<String> terms = KeyTerms.of(Word.of(layout.tokensIn(s.start(), s.end())));
            sentenceTerms.add(terms);
            terms.forEach(t -> termSentences.merge(t, 1, Integer::sum));
        }
        List<Set<String>> claimTerms = claims.stream()
                .map(c -> KeyTerms.of(Word.of(layout.tokensIn(c.span().start(), c.span().end())))).toList();
        Context context = new Context(ledger, layout, claims, claimTerms, statementById, sentenceTerms, termSentences);
        Map<String, Dispute> out = new LinkedHashMap<>();
        for (int si = 0; si < layout.sentences().size(); si++) {
            Span sentence = layout.sentences().get(si);
            List<Word> words = Word.of(layout.tokensIn(sentence.start(), sentence.end()));
            if (words.isEmpty()) {
                continue;
            }
            discourse(layout, si, words, statements).ifPresent(d -> add(out, d));
            for (Dispute d : adjacent(text, sentence, words, statements)) {
                add(out, d);
            }
            for (PhraseSet.Hit hit : DisputeCues.GENERAL_SET.findAll(words)) {
                DisputeCues.Cue cue = DisputeCues.GENERAL.get(hit.pattern());
                PhrasePattern.Match m = hit.match();
                Span cueSpan = new Span(words.get(m.from()).start(), words.get(m.to() - 1).end());
                if (insideStatement(statements, cueSpan)) {
                    continue;
                }
                Target t = byTerms(context, si, cueSpan);
                if (t == null) {
                    continue;
                }
                double confidence = round(cue.family().base * t.strength());
                add(out, new Dispute(t.id(), sentence, sentence.of(text), cueSpan.of(text), confidence,
                        new Provenance(cue.family().rule + "+" + t.link(), confidence)));
            }
        }
        return List.copyOf(out.values());
    }

    /** "Despite that, X described ...": the sentence before (and the opener) contests the statement after the opener. */
    private static Optional<Dispute> discourse(Layout layout, int si, List<Word> words, List<Statement> statements) {
        if (si == 0) {
            return Optional.empty();
        }
        PhrasePattern.Match opener = DisputeCues.CONTRAST_OPENER.matchAt(words, 0, words.size());
        if (opener == null) {
            opener = DisputeCues.EVEN_SO.matchAt(words, 0, words.size());
        }
        if (opener == null) {
            return Optional.empty();
        }
        int comma = -1;
        for (int i = opener.to(); i < Math.min(words.size(), opener.from() + 6); i++) {
            if (words.get(i).norm().equals(",")) {
                comma = i;
                break;
            }
        }
        if (comma < 0) {
            return Optional.empty();
        }
        Span sentence = layout.sentences().get(si);
        Span previous = layout.sentences().get(si - 1);
        if (layout.paragraphOfSentence(si) - layout.paragraphOfSentence(si - 1) > 1) {
            return Optional.empty();
        }
        int after = words.get(comma).end();
        Statement target = null;
        for (Statement s : statements) {
            if (s.content().start() >= after && s.content().start() < sentence.end()
                    && (target == null || s.content().start() < target.content().start())) {
                target = s;
            }
        }
        if (target == null) {
            return Optional.empty();
        }
        String text = layout.text();
        Span evidence = new Span(previous.start(), after);
        String cue = new Span(words.get(opener.from()).start(), words.get(comma - 1).end()).of(text);
        String first = words.get(opener.from()).norm();
        double confidence = first.equals("despite") || first.equals("notwithstanding") ? DESPITE_CONFIDENCE : CONTRAST_CONFIDENCE;
        return Optional.of(new Dispute(target.id(), evidence, evidence.of(text), cue, confidence,
                new Provenance("contradicting-report+discourse-opener", confidence)));
    }

    /** "falsely claimed" / "..., which is not true": the statement next to the cue. */
    private static List<Dispute> adjacent(String text, Span sentence, List<Word> words, List<Statement> statements) {
        List<Dispute> out = new ArrayList<>();
        for (PhrasePattern.Match m : DisputeCues.FALSITY_ADVERB.findAll(words, 0, words.size())) {
            Word adverb = words.get(m.from());
            if (insideStatement(statements, adverb.span())) {
                continue;
            }
            for (Statement s : statements) {
                // The adverb sits right before or after the reporting verb: "falsely claimed", "said falsely".
                if (s.cue() != null && sentence.contains(s.cue()) && s.cue().gap(adverb.span()) <= 2) {
                    double c = DisputeCues.Family.EXPLICIT.base;
                    out.add(new Dispute(s.id(), sentence, sentence.of(text), adverb.original(), c,
                            new Provenance("explicit+adverb-on-cue", c)));
                    break;
                }
            }
        }
        for (PhrasePattern tail : DisputeCues.FALSITY_TAILS) {
            for (PhrasePattern.Match m : tail.findAll(words, 0, words.size())) {
                Span cue = new Span(words.get(m.from() + 1).start(), words.get(m.to() - 1).end());
                Statement target = null;
                for (Statement s : statements) {
                    boolean reportedAround = s.kind() != StatementKind.DIRECT && s.content().contains(cue);
                    boolean endsBefore = sentence.contains(s.content()) && s.content().end() <= cue.start();
                    if ((reportedAround || endsBefore) && (target == null || s.content().start() > target.content().start())) {
                        target = s;
                    }
                }
                if (target != null) {
                    double c = 0.85;
                    out.add(new Dispute(target.id(), sentence, sentence.of(text), cue.of(text), c,
                            new Provenance("explicit+preceding-statement", c)));
                }
            }
        }
        return out;
    }

    private static Target byTerms(Context cx, int si, Span cue) {
        Layout layout = cx.layout();
        Span sentence = layout.sentences().get(si);
        Set<String> evidenceTerms = cx.sentenceTerms().get(si);
        String evidenceLower = sentence.of(layout.text()).toLowerCase(Locale.ROOT).replace('’', '\'');
        int paragraph = layout.paragraphOfSentence(si);
        int sentences = layout.sentences().size();
        Claim best = null;
        double bestScore = 0;
        int bestShared = 0;
        boolean bestSpeaker = false;
        for (int ci = 0; ci < cx.claims().size(); ci++) {
            Claim c = cx.claims().get(ci);
            // Evidence follows what it contests: an earlier sentence, or a statement earlier in the same
            // sentence ("X claimed Y, which is not true"); never the article's own words it is made of.
            boolean earlierSentence = c.span().end() <= sentence.start();
            boolean earlierStatementHere = c.statementId() != null && sentence.contains(c.span()) && c.span().end() <= cue.start();
            if (!earlierSentence && !earlierStatementHere) {
                continue;
            }
            int distance = paragraph - layout.paragraphAt(c.span().start());
            if (distance > MAX_PARAGRAPHS_BACK) {
                continue;
            }
            double score = 0;
            int shared = 0;
            for (String t : cx.claimTerms().get(ci)) {
                if (evidenceTerms.contains(t)) {
                    shared++;
                    score += Math.log(1.0 + (double) sentences / cx.termSentences().getOrDefault(t, 1));
                }
            }
            Statement st = c.statementId() == null ? null : cx.statementById().get(c.statementId());
            boolean speaker = st != null && namesSpeaker(cx.ledger(), st, evidenceLower);
            if (speaker) {
                score += 1.0;
            }
            if (score == 0) {
                continue;
            }
            score += 0.2 / (1 + distance) + (earlierStatementHere ? 0.5 : 0);
            if (score > bestScore) {
                best = c;
                bestScore = score;
                bestShared = shared;
                bestSpeaker = speaker;
            }
        }
        if (best == null) {
            return null;
        }
        double strength = bestShared >= 2 ? 1.0 : bestShared == 1 ? (bestSpeaker ? 0.85 : 0.7) : 0.55;
        String link = bestShared > 0 ? "term-overlap" : "speaker-named";
        String id = best.statementId() != null ? best.statementId() : best.id();
        return new Target(id, strength, link);
    }

    /** Does the evidence refer to the statement's speaker by a name or role word ("Trump", "the president")? */
    private static boolean namesSpeaker(Ledger ledger, Statement st, String evidenceLower) {
        if (st.speaker() == null || !st.speaker().named()) {
            return false;
        }
        List<String> references = new ArrayList<>();
        String[] nameParts = st.speaker().name().toLowerCase(Locale.ROOT).split("\\s+");
        references.add(nameParts[nameParts.length - 1]);
        for (Entity e : ledger.entities()) {
            if (e.id().equals(st.speaker().entityId())) {
                for (Mention m : e.mentions()) {
                    if (m.type() != MentionType.PRONOUN) {
                        references.add(m.text().toLowerCase(Locale.ROOT).replaceFirst("^(the|a|an) ", "").replace('’', '\''));
                    }
                }
            }
        }
        for (String r : references) {
            if (r.length() >= 3 && containsWord(evidenceLower, r)) {
                return true;
            }
        }
        return false;
    }

    /** {@code phrase} occurs in {@code text} with no letter right before or after it. */
    static boolean containsWord(String text, String phrase) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int end = at + phrase.length();
            boolean startOk = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetter(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideStatement(List<Statement> statements, Span span) {
        for (Statement s : statements) {
            if (s.content().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps one dispute per evidence and target; a second cue for the same pair strengthens it. */
    private static void add(Map<String, Dispute> out, Dispute d) {
        String key = d.targetId() + "@" + d.evidence().start();
        Dispute old = out.get(key);
        if (old == null) {
            out.put(key, d);
            return;
        }
        if (old.cue().equalsIgnoreCase(d.cue())) {
            return;
        }
        double c = round(Math.min(0.95, Math.max(old.confidence(), d.confidence()) + 0.05));
        String rule = old.provenance().rule().equals(d.provenance().rule())
                ? old.provenance().rule() : old.provenance().rule() + "," + d.provenance().rule();
        Span evidence = old.evidence().contains(d.evidence()) ? old.evidence() : d.evidence();
        out.put(key, new Dispute(old.targetId(), evidence, evidence.equals(old.evidence()) ? old.evidenceText() : d.evidenceText(),
                old.cue() + "; " + d.cue(), c, new Provenance(rule, c)));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
