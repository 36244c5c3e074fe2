package dev.attest.core.extract;

import dev.attest.core.model.Mention;
import dev.attest.core.model.MentionType;
import dev.attest.core.model.Span;
import dev.attest.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The attribution sieves, in the order they run. */
final class Sieves {
    private Sieves() {}

    static List<Sieve> standard() {
        return List.of(new ParticipleSubject(), new ColonIntroduction(), new SameParagraphSpeaker(),
                new PreviousParagraphSpeaker(), new PreviousParagraphSubject(), new RecentSpeaker());
    }

    /** Runs the sieves over every draft that has no speaker yet. */
    static List<Draft> apply(List<Sieve> sieves, List<Draft> drafts, SieveContext ctx) {
        List<Draft> out = new ArrayList<>(drafts);
        for (Sieve sieve : sieves) {
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).hasSpeaker()) {
                    continue;
                }
                int at = i;
                Optional<Sieve.Choice> choice = sieve.decide(out, at, ctx);
                if (choice.isPresent()) {
                    out.set(i, out.get(i).withSpeaker(choice.get().speaker(), sieve.name(), choice.get().confidence()));
                }
            }
        }
        return out;
    }

    /** ", saying that ..." takes the subject of the clause it hangs on. */
    static final class ParticipleSubject implements Sieve {
        public String name() {
            return "participle-subject";
        }

        public Optional<Choice> decide(List<Draft> drafts, int index, SieveContext ctx) {
            Draft d = drafts.get(index);
            if (d.cue() == null || !d.cue().participle()) {
                return Optional.empty();
            }
            Cue best = null;
            for (Cue c : ctx.cues()) {
                if (c.sentence() == d.cue().sentence() && c.token() < d.cue().token() && c.speaker() != null) {
                    best = c;
                }
            }
            if (best != null) {
                return Optional.of(new Choice(best.speaker().mention(), 0.8));
            }
            Span sent = ctx.layout().sentences().get(d.cue().sentence());
            int from = ctx.layout().tokenIndexAtOrAfter(sent.start());
            List<Token> tokens = ctx.layout().tokens();
            SpeakerPhrases.Found subject = ctx.phrases().rightOf(ctx.layout().text(), tokens, from, d.cue().token());
            if (subject != null && subject.mention().type() != MentionType.UNNAMED) {
                return Optional.of(new Choice(subject.mention(), 0.6));
            }
            return Optional.empty();
        }
    }

    /** A quote after a colon belongs to whoever the sentence before the colon has speaking. */
    static final class ColonIntroduction implements Sieve {
        public String name() {
            return "colon-introduction";
        }

        public Optional<Choice> decide(List<Draft> drafts, int index, SieveContext ctx) {
            Draft d = drafts.get(index);
            if (d.quote() == null) {
                return Optional.empty();
            }
            String text = ctx.layout().text();
            int j = d.quote().outer().start() - 1;
            while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
                j--;
            }
            if (j < 0 || text.charAt(j) != ':') {
                return Optional.empty();
            }
            int sentence = ctx.layout().sentenceAt(j);
            for (int c = ctx.cues().size() - 1; c >= 0; c--) {
                Cue cue = ctx.cues().get(c);
                if (cue.sentence() == sentence && cue.speaker() != null && cue.span().end() <= j) {
                    return Optional.of(new Choice(cue.speaker().mention(), 0.8));
                }
            }
            return Optional.empty();
        }
    }

    /** Another statement of the same paragraph names the speaker: "“A,” she said. “B.”" */
    static final class SameParagraphSpeaker implements Sieve {
        public String name() {
            return "same-paragraph-speaker";
        }

        public Optional<Choice> decide(List<Draft> drafts, int index, SieveContext ctx) {
            Draft d = drafts.get(index);
            Draft before = null;
            Draft after = null;
            for (int k = index - 1; k >= 0; k--) {
                Draft o = drafts.get(k);
                if (o.paragraph() != d.paragraph()) {
                    break;
                }
                if (o.hasSpeaker()) {
                    before = o;
                    break;
                }
            }
            if (before != null) {
                return Optional.of(new Choice(before.speaker(), 0.8));
            }
            for (int k = index + 1; k < drafts.size(); k++) {
                Draft o = drafts.get(k);
                if (o.paragraph() != d.paragraph()) {
                    break;
                }
                if (o.hasSpeaker() && o.sieve() != null && !o.sieve().equals(name())) {
                    after = o;
                    break;
                }
            }
            return after == null ? Optional.empty() : Optional.of(new Choice(after.speaker(), 0.7));
        }
    }

    /**
     * A quote that opens its paragraph continues the speaker of the paragraph before it, the way news
     * stories run a speaker's quotes over several paragraphs.
     */
    static final class PreviousParagraphSpeaker implements Sieve {
        public String name() {
            return "previous-paragraph-speaker";
        }

        public Optional<Choice> decide(List<Draft> drafts, int index, SieveContext ctx) {
            Draft d = drafts.get(index);
            if (d.quote() == null) {
                return Optional.empty();
            }
            Span para = ctx.layout().paragraphs().get(d.paragraph());
            if (d.quote().outer().start() != para.start()) {
                return Optional.empty();
            }
            for (int k = index - 1; k >= 0; k--) {
                Draft o = drafts.get(k);
                if (o.paragraph() < d.paragraph() - 1) {
                    break;
                }
                if (o.paragraph() == d.paragraph() - 1 && o.hasSpeaker()) {
                    return Optional.of(new Choice(o.speaker(), 0.65));
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A quote paragraph after a paragraph that opens with a person's full name and reports no
     * statement: "Trevor Nicholson, a senior policy analyst, outlined how ...", then the quote.
     */
    static final class PreviousParagraphSubject implements Sieve {
        public String name() {
            return "previous-paragraph-subject";
        }

        public Optional<Choice> decide(List<Draft> drafts, int index, SieveContext ctx) {
            Draft d = drafts.get(index);
            if (d.quote() == null || d.paragraph() == 0) {
                return Optional.empty();
            }
            Span para = ctx.layout().paragraphs().get(d.paragraph());
            if (d.quote().outer().start() != para.start()) {
                return Optional.empty();
            }
            Span prev = ctx.layout().paragraphs().get(d.paragraph() - 1);
            List<Token> tokens = ctx.layout().tokensIn(prev.start(), prev.end());
            int n = 0;
            while (n < tokens.size() && n < 5 && tokens.get(n).isCapitalized() && tokens.get(n).isWord()) {
                n++;
            }
            boolean followedByClause = n < tokens.size() && (tokens.get(n).text().equals(",") || !tokens.get(n).isCapitalized());
            if (n < 2 || !followedByClause) {
                return Optional.empty();
            }
            Token first = tokens.get(0);
            Token last = tokens.get(n - 1);
            String text = ctx.layout().text().substring(first.start(), last.end());
            return Optional.of(new Choice(new Mention(new Span(first.start(), last.end()), text, MentionType.NAME), 0.5));
        }
    }

    /** Last resort: the most recent speaker within two paragraphs, with low confidence. */
    static final class RecentSpeaker implements Sieve {
        public String name() {
            return "recent-speaker";
        }

        public Optional<Choice> decide(List<Draft> drafts, int index, SieveContext ctx) {
            Draft d = drafts.get(index);
            if (d.quote() == null) {
                return Optional.empty();
            }
            for (int k = index - 1; k >= 0; k--) {
                Draft o = drafts.get(k);
                if (o.paragraph() < d.paragraph() - 2) {
                    break;
                }
                if (o.hasSpeaker() && o.speaker().type() != MentionType.UNNAMED) {
                    Mention m = o.speaker();
                    return Optional.of(new Choice(m, 0.4));
                }
            }
            return Optional.empty();
        }
    }
}
