package dev.attest.core.extract;

import dev.attest.core.lexicon.WordSet;
import dev.attest.core.lexicon.SpeakerWords;
import dev.attest.core.lexicon.SpeechVerbs;
import dev.attest.core.model.MentionType;
import dev.attest.core.model.Span;
import dev.attest.core.text.Layout;
import dev.attest.core.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds reporting cues outside quotations, each with the speaker phrase next to it. */
final class CueFinder {
    private static final Set<String> BE_FORMS = WordSet.of("is", "are", "was", "were", "be", "been", "being", "’s", "'s", "get", "got");
    private static final Set<String> FURNITURE = WordSet.of("read more", "watch", "related", "read also", "listen",
            "see also", "more", "photos", "video", "click here", "viewing this article");
    private static final Set<String> NOUN_LEFT = WordSet.of(
            "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those",
            "no", "any", "such", "whose", "every", "each", "recent", "earlier", "new", "latest", "first", "last",
            "further", "similar", "false", "previous", "unfounded", "two", "three", "several", "many", "some",
            "to", "of", "in", "for", "with", "and", "or");

    private final SpeechVerbs verbs;
    private final SpeakerPhrases phrases;
    private final SpeakerWords words;

    CueFinder(SpeechVerbs verbs, SpeakerWords words) {
        this.verbs = verbs;
        this.words = words;
        this.phrases = new SpeakerPhrases(words);
    }

    SpeakerPhrases phrases() {
        return phrases;
    }

    /** @param headline the headline's span, where Title Case makes every verb capitalised; may be null */
    List<Cue> find(Layout layout, boolean[] tokenInQuote, Span headline) {
        String text = layout.text();
        List<Token> tokens = layout.tokens();
        List<Cue> cues = new ArrayList<>();
        List<Span> sentences = layout.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Span sent = sentences.get(s);
            int from = layout.tokenIndexAtOrAfter(sent.start());
            int to = layout.tokenIndexAtOrAfter(sent.end());
            if (isFurniture(text, layout.paragraphs().get(layout.paragraphOfSentence(s)))) {
                continue;
            }
            for (int i = from; i < to; i++) {
                if (tokenInQuote[i]) {
                    continue;
                }
                boolean inHeadline = headline != null && headline.contains(new Span(tokens.get(i).start(), tokens.get(i).end()));
                Cue cue = cueAt(text, tokens, tokenInQuote, i, from, to, s, inHeadline);
                if (cue != null) {
                    cues.add(cue);
                }
            }
        }
        return cues;
    }

    /** "READ MORE: ...", "WATCH: ...": links to other stories, not the article's statements. */
    private static boolean isFurniture(String text, Span paragraph) {
        int colon = text.indexOf(':', paragraph.start());
        if (colon < 0 || colon > paragraph.start() + 20 || colon >= paragraph.end()) {
            return false;
        }
        return FURNITURE.contains(text.substring(paragraph.start(), colon).trim().toLowerCase(java.util.Locale.ROOT));
    }

    private Cue cueAt(String text, List<Token> tokens, boolean[] inQuote, int i, int from, int to, int sentence, boolean inHeadline) {
        Token t = tokens.get(i);
        if (t.is("according") && i + 1 < to && t.text().length() == 9 && tokens.get(i + 1).is("to")) {
            SpeakerPhrases.Found who = phrases.rightOf(text, tokens, i + 2, boundedCeiling(tokens, inQuote, i + 2, to));
            if (who == null) {
                return null;
            }
            Span span = new Span(t.start(), tokens.get(i + 1).end());
            return new Cue(i + 1, i, span, "according to", who, true, false, sentence);
        }
        String lemma = verbs.lemma(t.text());
        if (lemma == null || verbs.isCognition(lemma)) {
            return null;
        }
        Token prev = i > from ? tokens.get(i - 1) : null;
        if (t.is("saying") && i - 3 >= from && tokens.get(i - 1).is("as") && tokens.get(i - 2).is("quoted")
                && BE_FORMS.contains(tokens.get(i - 3).lower())) {
            // "he was quoted as saying": the subject stands before the passive
            SpeakerPhrases.Found subject = phrases.leftOf(text, tokens, i - 3, from);
            return subject == null ? null : new Cue(i, i - 2, new Span(tokens.get(i - 2).start(), t.end()), lemma, subject,
                    false, false, sentence);
        }
        if (prev != null && BE_FORMS.contains(prev.lower())) {
            return null; // passive: "was told", "is said to"
        }
        if (prev != null && NOUN_LEFT.contains(prev.lower())) {
            return null; // noun use: "the report", "a tweet", "to say"
        }
        if (i + 1 < to && tokens.get(i + 1).is("to") && (lemma.equals("say") || lemma.equals("report"))) {
            return null; // "said to be"
        }
        Span span = new Span(t.start(), t.end());
        if (lemma.equals("point") && (i + 1 >= to || !tokens.get(i + 1).is("out"))) {
            return null;
        }
        if (lemma.equals("point")) {
            span = new Span(t.start(), tokens.get(i + 1).end());
        }
        if (!inHeadline && t.isCapitalized() && prev != null && prev.isCapitalized() && !prev.isPunct()) {
            return null; // "Lake Superior State University": a capitalised word inside a name is no verb
        }
        boolean participle = t.lower().endsWith("ing");
        boolean coordinated = prev != null && prev.is("and") && i - 2 >= from
                && (tokens.get(i - 2).text().equals(",") || !participle && i - 2 > from);
        if (coordinated && !participle && i - 2 >= from && !tokens.get(i - 2).text().equals(",")) {
            // "He said X, and added Y" inherits its subject; "Kim and Trump pledged" does not
            coordinated = phrases.leftOf(text, tokens, i - 1, from) == null && tokens.get(i - 2).isPunct();
        }
        if (participle || coordinated) {
            boolean afterComma = prev != null && (prev.text().equals(",") || prev.text().equals("—") || prev.text().equals("–"));
            boolean afterAnd = coordinated;
            if (afterComma && participle || afterAnd) {
                if (verbs.isWeak(lemma) && !lemma.equals("promise")) {
                    return null;
                }
                return new Cue(i, i, span, lemma, null, false, true, sentence);
            }
        }
        SpeakerPhrases.Found left = phrases.leftOf(text, tokens, i, from);
        if (left != null && !quotedSpeaker(inQuote, left)) {
            if (verbs.isWeak(lemma) && left.mention().type() == MentionType.ROLE
                    && !words.isRole(left.mention().text().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(the|a|an) ", ""))) {
                return null;
            }
            return new Cue(i, i, span, lemma, left, false, false, sentence);
        }
        // inverted: ", said Jane Roe" or "” said the spokesperson"
        boolean invertible = prev == null || prev.text().equals(",") || SpeakerPhrases.isQuoteMark(prev.text())
                || inQuote[i - 1];
        if (invertible && !participle) {
            int after = lemma.equals("point") ? i + 2 : i + 1;
            SpeakerPhrases.Found right = phrases.rightOf(text, tokens, after, boundedCeiling(tokens, inQuote, after, to));
            if (right != null && right.mention().type() != MentionType.PRONOUN || right != null && prev != null
                    && (SpeakerPhrases.isQuoteMark(prev.text()) || inQuote[i - 1])) {
                return new Cue(i, i, span, lemma, right, true, false, sentence);
            }
        }
        return null;
    }

    private static boolean quotedSpeaker(boolean[] inQuote, SpeakerPhrases.Found f) {
        for (int k = f.firstToken(); k <= f.lastToken(); k++) {
            if (inQuote[k]) {
                return true;
            }
        }
        return false;
    }

    private static int boundedCeiling(List<Token> tokens, boolean[] inQuote, int from, int to) {
        for (int k = from; k < to; k++) {
            if (inQuote[k]) {
                return k;
            }
        }
        return to;
    }
}
