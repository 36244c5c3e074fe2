package dev.attest.core.extract;

import dev.attest.core.lexicon.WordSet;
import dev.attest.core.model.Channel;
import dev.attest.core.model.Span;
import dev.attest.core.model.StatementKind;
import dev.attest.core.text.Layout;
import dev.attest.core.text.Token;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Turns quotations and cues into statements: a quote with a cue right next to it is a direct
 * statement; a cue with a clause after it ("X said that ...") or before it ("..., X said.") is
 * reported speech, mixed when that clause holds a partial quote. Quotes that no cue touches are
 * left without a speaker for the attribution sieves.
 */
final class StatementFinder {
    /** Words that may stand between a cue and the quote it introduces: "said on Twitter Tuesday:". */
    private static final Set<String> INTRO_FILLERS = WordSet.of(
            ":", ",", "that", "on", "in", "a", "an", "the", "to", "reporters", "journalists", "tweet", "post",
            "statement", "interview", "twitter", "facebook", "instagram", "x", "press", "conference", "briefing",
            "release", "news", "email", "emailed", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "earlier", "later", "today", "yesterday", "last", "week", "this", "morning",
            "evening", "night", "afternoon", "recently", "with", "at", "during", "after", "simply", "bluntly",
            "of", "his", "her", "their", "—", "–", "-", "also", "then", "once", "again", "flatly", "told",
            "written", "speech", "video", "message", "letter", "radio", "television", "tv", "cnn", "fox", "cbc",
            "ctv", "msnbc", "abc", "nbc", "rally", "hearing", "crowd", "audience", "supporters", "media");

    /** Words between a cue and "that" that do not belong to the content: "told the press that". */
    private static final Set<String> OBJECT_OF_TELL = WordSet.of(
            "reporters", "journalists", "the", "press", "media", "a", "an", "crowd", "audience", "supporters",
            "me", "us", "him", "her", "them", "lawmakers", "congress", "parliament", "members", "of",
            "council", "committee", "court", "jury", "judge", "listeners", "viewers", "readers", "told");

    private static final Set<String> CONTENT_PREFIX_SKIP = WordSet.of(
            "on", "in", "at", "to", "during", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "earlier", "later", "reporters", "journalists");

    private static final int MIN_CONTENT_TOKENS = 3;
    private static final Set<String> CHANNEL_PREPOSITIONS = WordSet.of("by", "in", "via", "over", "during", "on");
    /** Nouns naming the medium of a statement; "said in an email" reports speech, the email is not content. */
    private static final Set<String> CHANNEL_NOUNS = WordSet.of(
            "message", "messages", "email", "e-mail", "emails", "interview", "interviews", "statement", "letter",
            "phone", "telephone", "call", "text", "post", "tweet", "release", "video", "conference", "briefing",
            "speech", "podcast", "broadcast", "memo", "note", "voicemail");
    /** Verbs after "there" that make an existential clause: "there are no records", "there has been no audit". */
    private static final Set<String> EXISTENTIAL_VERBS = WordSet.of(
            "is", "are", "was", "were", "has", "have", "had", "remain", "remains", "appear", "appears", "seem", "seems");

    private static final Set<String> CONTENT_CANNOT_START = dev.attest.core.lexicon.WordSet.of(
            "with", "of", "for", "about", "on", "in", "at", "by", "from", "after", "before", "during", "into",
            "against", "over", "under", "to", "yet", "just", "up", "out", "off", "back", "down", "through",
            "toward", "towards", "upon", "via", "than", "as", "also", "again", "later", "earlier", "goodbye");
    private static final Set<String> CAN_REPORT_INFINITIVE = dev.attest.core.lexicon.WordSet.of(
            "promise", "vow", "pledge", "threaten", "urge", "ask", "tell", "call", "demand", "warn", "advise");
    private static final Set<String> NEEDS_CLAUSE = dev.attest.core.lexicon.WordSet.of(
            "add", "respond", "reply", "answer", "counter", "post", "report", "indicate", "suggest", "show",
            "state", "confirm", "reveal", "note", "point", "comment", "remark", "observe", "concede");
    private static final Set<String> CLAUSE_OPENERS = dev.attest.core.lexicon.WordSet.of(
            "he", "she", "they", "it", "we", "i", "you", "there", "this", "these", "those", "his", "her", "their",
            "its", "our", "my", "the", "a", "an", "some", "many", "no", "not", "all", "most", "nothing", "everything",
            "anyone", "nobody", "none", "what", "how", "why", "whether", "if", "when");

    List<Draft> find(Layout layout, List<Quote> quotes, List<Cue> cues, Span headline) {
        String text = layout.text();
        List<Token> tokens = layout.tokens();
        List<Draft> out = new ArrayList<>();
        BitSet usedCues = new BitSet(cues.size());
        List<Quote> pending = new ArrayList<>();

        for (Quote q : quotes) {
            boolean headlineQuote = headline != null && headline.contains(q.outer());
            // headlines put the speaker first ("Mayor Says ‘...’"); Title Case after the quote is no attribution
            int cueIndex = headlineQuote ? leadingCue(layout, q, cues, usedCues) : trailingCue(layout, q, cues, usedCues);
            String sieve = headlineQuote ? "leading-cue" : "trailing-cue";
            if (cueIndex < 0) {
                cueIndex = headlineQuote ? trailingCue(layout, q, cues, usedCues) : leadingCue(layout, q, cues, usedCues);
                sieve = headlineQuote ? "trailing-cue" : "leading-cue";
            }
            if (cueIndex < 0) {
                pending.add(q);
                continue;
            }
            usedCues.set(cueIndex);
            Cue c = cues.get(cueIndex);
            boolean inHeadline = headline != null && headline.contains(q.outer());
            double conf = q.closed() ? 0.9 : 0.6;
            Draft d = new Draft(StatementKind.DIRECT, q.inner(), q, c, null, null, 0, inHeadline ? "direct-headline" : "direct-quote",
                    conf, Channel.NONE, layout.paragraphAt(q.inner().start()), layout.sentenceAt(q.inner().start()));
            if (c.speaker() != null) {
                d = d.withSpeaker(c.speaker().mention(), sieve, c.speaker().mention().type() == dev.attest.core.model.MentionType.PRONOUN ? 0.85 : 0.92);
            }
            out.add(d);
        }

        List<Span> sentences = layout.sentences();
        for (int ci = 0; ci < cues.size(); ci++) {
            if (usedCues.get(ci)) {
                continue;
            }
            Cue c = cues.get(ci);
            Span sent = sentences.get(c.sentence());
            int sFrom = layout.tokenIndexAtOrAfter(sent.start());
            int sTo = layout.tokenIndexAtOrAfter(sent.end());
            Span content = null;
            String rule = null;
            if (c.lemma().equals("according to")) {
                content = accordingToContent(text, tokens, c, sFrom, sTo, sent);
                rule = "indirect-according-to";
            } else {
                content = contentBefore(text, tokens, c, sFrom, sTo, sent);
                rule = "indirect-cue-after";
                if (content == null && (!c.inverted() || c.participle())) {
                    content = contentAfter(text, tokens, c, cues, sFrom, sTo, sent);
                    rule = c.participle() ? "indirect-participle" : "indirect-cue-before";
                }
            }
            if (content == null) {
                continue;
            }
            StatementKind kind = StatementKind.INDIRECT;
            for (java.util.Iterator<Quote> it = pending.iterator(); it.hasNext(); ) {
                Quote q = it.next();
                if (content.contains(q.inner())) {
                    it.remove();
                    if (wordCount(text, q.inner()) >= 2) {
                        kind = StatementKind.MIXED;
                    }
                }
            }
            if (kind == StatementKind.INDIRECT && containsQuoteMarkedWords(text, content)) {
                kind = StatementKind.MIXED;
            }
            Draft d = new Draft(kind, content, null, c, null, null, 0, kind == StatementKind.MIXED ? rule.replace("indirect", "mixed") : rule,
                    c.participle() ? 0.7 : 0.8, Channel.NONE, layout.paragraphAt(content.start()), c.sentence());
            if (c.speaker() != null) {
                d = d.withSpeaker(c.speaker().mention(), c.inverted() ? "inverted-cue" : "subject-of-cue", 0.85);
            }
            out.add(d);
        }

        for (Quote q : pending) {
            boolean inHeadline = headline != null && headline.contains(q.outer());
            if (!inHeadline && !looksLikeStatement(text, q)) {
                continue;
            }
            out.add(new Draft(StatementKind.DIRECT, q.inner(), q, null, null, null, 0, "direct-quote-unattributed",
                    q.closed() ? 0.75 : 0.5, Channel.NONE, layout.paragraphAt(q.inner().start()), layout.sentenceAt(q.inner().start())));
        }
        out.sort((a, b) -> a.content().compareTo(b.content()));
        return out;
    }

    /** Scare quotes and titles ("sacred", “The Art of the Deal”) are not statements on their own. */
    private static boolean looksLikeStatement(String text, Quote q) {
        int words = wordCount(text, q.inner());
        if (words < 4) {
            return false;
        }
        if (words < 10 && embeddedInSentence(text, q)) {
            return false; // a phrase mentioned inside a sentence ("terms like “wrap my head around”")
        }
        String inner = q.inner().of(text);
        boolean allTitleCase = true;
        for (String w : inner.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0)) && w.length() > 3) {
                allTitleCase = false;
                break;
            }
        }
        return !allTitleCase;
    }

    /** The quote opens after a word of the same sentence and does not end one itself. */
    private static boolean embeddedInSentence(String text, Quote q) {
        int j = q.outer().start() - 1;
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        boolean afterWord = j >= 0 && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == ',');
        String inner = q.inner().of(text);
        char last = inner.charAt(inner.length() - 1);
        boolean endsSentence = last == '.' || last == '!' || last == '?';
        return afterWord && !endsSentence;
    }

    static int wordCount(String text, Span s) {
        int n = 0;
        boolean in = false;
        for (int i = s.start(); i < s.end(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) {
                n++;
            }
            in = letter;
        }
        return n;
    }

    private static boolean containsQuoteMarkedWords(String text, Span content) {
        String s = content.of(text);
        return (s.indexOf('“') >= 0 && s.indexOf('”') > s.indexOf('“') && s.indexOf('”') - s.indexOf('“') > 12);
    }

    /** The cue stands right after the quote: "“...,” he said" or "“...,” said Jane Roe". */
    private static int trailingCue(Layout layout, Quote q, List<Cue> cues, BitSet used) {
        List<Token> tokens = layout.tokens();
        int k = layout.tokenIndexAtOrAfter(q.outer().end());
        int paragraph = layout.paragraphAt(Math.max(0, q.outer().end() - 1));
        while (k < tokens.size() && (tokens.get(k).text().equals(",") || tokens.get(k).text().equals("—")
                || tokens.get(k).text().equals("–"))) {
            k++;
        }
        if (k >= tokens.size() || layout.paragraphAt(tokens.get(k).start()) != paragraph) {
            return -1;
        }
        for (int ci = 0; ci < cues.size(); ci++) {
            Cue c = cues.get(ci);
            if (used.get(ci) || c.participle()) {
                continue;
            }
            if (c.inverted() ? c.firstToken() == k : c.speaker() != null && c.speakerFirstToken() == k) {
                return ci;
            }
            // "UFCW Local 832 president Jeff Traeger said": the phrase read left of the cue may start later
            if (!c.inverted() && c.speaker() != null && c.speakerFirstToken() > k && c.speakerFirstToken() - k <= 6
                    && onlyNameWords(tokens, k, c.speakerFirstToken())) {
                return ci;
            }
        }
        return -1;
    }

    private static boolean onlyNameWords(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            boolean ok = t.isCapitalized() || Character.isDigit(t.text().codePointAt(0)) || t.isWord() && t.lower().length() <= 12
                    && !t.is("and") && !t.is("but") && !t.is("that") && !t.is("who") && !t.is("which");
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The cue introduces the quote: "X said: “...”", "X tweeted ‘...’", "X said on Twitter that “...”". */
    private static int leadingCue(Layout layout, Quote q, List<Cue> cues, BitSet used) {
        List<Token> tokens = layout.tokens();
        int open = layout.tokenIndexAtOrAfter(q.outer().start());
        for (int ci = cues.size() - 1; ci >= 0; ci--) {
            Cue c = cues.get(ci);
            if (used.get(ci) || c.endToken() >= open) {
                continue;
            }
            if (open - c.endToken() - 1 > 8) {
                return -1;
            }
            boolean onlyFillers = true;
            boolean sawColon = false;
            for (int k = c.endToken() + 1; k < open; k++) {
                String w = tokens.get(k).lower();
                if (w.equals(":")) {
                    sawColon = true;
                }
                if (!INTRO_FILLERS.contains(w) && !tokens.get(k).isCapitalized()) {
                    onlyFillers = false;
                    break;
                }
            }
            if (!onlyFillers) {
                return -1;
            }
            int quotePara = layout.paragraphAt(q.outer().start());
            int cuePara = layout.paragraphAt(tokens.get(c.token()).start());
            if (cuePara == quotePara || sawColon && cuePara == quotePara - 1) {
                return ci;
            }
            return -1;
        }
        return -1;
    }

    /** "Trump’s comments stem from ..., according to Roll Call." or "According to Roll Call, ...". */
    private static Span accordingToContent(String text, List<Token> tokens, Cue c, int sFrom, int sTo, Span sent) {
        int before = c.firstToken() - 1;
        if (before >= sFrom && tokens.get(before).text().equals(",")) {
            return trimmed(text, sent.start(), tokens.get(before).start());
        }
        if (c.firstToken() - sFrom <= 2 && c.speaker() != null) {
            int k = c.speaker().lastToken() + 1;
            // the speaker phrase may run on into an apposition: skip to the first comma
            while (k < sTo && !tokens.get(k).text().equals(",") && k - c.speaker().lastToken() < 12) {
                k++;
            }
            if (k < sTo && tokens.get(k).text().equals(",") && k + 1 < sTo
                    && (tokens.get(k + 1).is("which") || tokens.get(k + 1).is("who"))) {
                // "According to the summary, which the Ledger obtained, ...": skip the relative clause
                k++;
                while (k < sTo && !tokens.get(k).text().equals(",")) {
                    k++;
                }
            }
            if (k < sTo && tokens.get(k).text().equals(",") && k + 1 < sTo) {
                return trimmed(text, tokens.get(k + 1).start(), sent.end());
            }
        }
        return null;
    }

    /** "The border is closed, the minister said Tuesday." */
    private static Span contentBefore(String text, List<Token> tokens, Cue c, int sFrom, int sTo, Span sent) {
        if (c.speaker() == null) {
            return null;
        }
        int start = c.startToken();
        int before = start - 1;
        if (before <= sFrom || !(tokens.get(before).text().equals(",") || tokens.get(before).text().equals("—"))) {
            return null;
        }
        // only adverbials may follow the cue ("on Tuesday", "in a statement"): otherwise the cue opens
        // its own content and what stands before the comma is an introductory phrase
        int tail = 0;
        for (int k = c.endToken() + 1; k < sTo; k++) {
            Token t = tokens.get(k);
            if (t.text().equals(".") || t.text().equals("!") || t.text().equals("?")) {
                break;
            }
            if (t.text().equals(",") && k + 1 < sTo) {
                break; // ", adding that ...": a second clause, the content is still before
            }
            if (!INTRO_FILLERS.contains(t.lower()) && !t.isCapitalized() && !Character.isDigit(t.text().codePointAt(0))) {
                return null;
            }
            tail++;
        }
        if (tail > 8) {
            return null;
        }
        int contentStart = sent.start();
        Span content = trimmed(text, contentStart, tokens.get(before).start());
        return content != null && wordCount(text, content) >= MIN_CONTENT_TOKENS ? content : null;
    }

    /** "X said (that) CONTENT" up to the end of the clause. */
    private static Span contentAfter(String text, List<Token> tokens, Cue c, List<Cue> cues, int sFrom, int sTo, Span sent) {
        int k = c.token() + 1;
        if (c.lemma().equals("point")) {
            k++;
        }
        if (k >= sTo) {
            return null;
        }
        int thatAt = -1;
        // "said in the show's opening Sunday night that ...": a prepositional phrase may stand before "that"
        boolean opensWithPhrase = CONTENT_PREFIX_SKIP.contains(tokens.get(k).lower()) || CONTENT_CANNOT_START.contains(tokens.get(k).lower());
        for (int j = k; j < sTo && j - k < (opensWithPhrase ? 12 : 8); j++) {
            String w = tokens.get(j).lower();
            if (w.equals("that")) {
                thatAt = j;
                break;
            }
            boolean skippable = OBJECT_OF_TELL.contains(w) || CONTENT_PREFIX_SKIP.contains(w) || INTRO_FILLERS.contains(w)
                    || tokens.get(j).isCapitalized() || opensWithPhrase && tokens.get(j).isWord();
            if (!skippable) {
                break;
            }
        }
        if (thatAt >= 0) {
            k = thatAt; // "that" belongs to the reported clause, as GGT and PolNeAR annotate it
        } else {
            if (c.lemma().equals("tell") || c.lemma().equals("inform") || c.lemma().equals("assure")) {
                k = afterListener(tokens, k, sTo);
            }
            k = afterChannel(tokens, k, sTo);
            while (k < sTo && CONTENT_PREFIX_SKIP.contains(tokens.get(k).lower()) && k + 1 < sTo
                    && (tokens.get(k + 1).isCapitalized() || CONTENT_PREFIX_SKIP.contains(tokens.get(k + 1).lower()))) {
                k += 2;
            }
            if (k < sTo && (tokens.get(k).text().equals(":") || tokens.get(k).text().equals(","))) {
                k++;
            }
        }
        if (k >= sTo) {
            return null;
        }
        String first = tokens.get(k).text();
        if (first.equals(".") || first.equals("?") || first.equals("!") || first.equals(",") || first.equals(";")) {
            return null;
        }
        String firstLower = tokens.get(k).lower();
        if (thatAt < 0 && CONTENT_CANNOT_START.contains(firstLower)
                && !(firstLower.equals("to") && CAN_REPORT_INFINITIVE.contains(c.lemma()))) {
            return null; // "agreed with", "warns of", "responded for the Oilers": no reported content
        }
        if (thatAt < 0 && NEEDS_CLAUSE.contains(c.lemma()) && !CLAUSE_OPENERS.contains(firstLower)
                && !SpeakerPhrases.isQuoteMark(first)) {
            return null; // "They added yet another goal": these verbs report speech only with a clause
        }
        int endTok = sTo;
        for (Cue other : cues) {
            if (other == c || other.sentence() != c.sentence() || other.startToken() <= k) {
                continue;
            }
            int cut = other.startToken();
            while (cut - 1 > k && isClauseJoiner(tokens.get(cut - 1))) {
                cut--;
            }
            endTok = Math.min(endTok, cut);
        }
        endTok = Math.min(endTok, writersContrast(tokens, k, endTok));
        int end = endTok >= sTo ? sent.end() : tokens.get(endTok - 1).end();
        Span content = trimmed(text, tokens.get(k).start(), end);
        return content != null && wordCount(text, content) >= MIN_CONTENT_TOKENS ? content : null;
    }

    /**
     * The comma of ", but there are no records ..." or ", but no one ...": a contrasting clause with an
     * existential or negated subject of its own is the writer's comment on the claim, not part of what
     * the speaker said. Returns {@code to} when no such clause follows {@code from}.
     */
    private static int writersContrast(List<Token> tokens, int from, int to) {
        for (int j = from + 1; j + 2 < to; j++) {
            if (!tokens.get(j).text().equals(",") || !tokens.get(j + 1).lower().equals("but")) {
                continue;
            }
            String subject = tokens.get(j + 2).lower();
            String verb = j + 3 < to ? tokens.get(j + 3).lower() : "";
            boolean existential = subject.equals("there") && EXISTENTIAL_VERBS.contains(verb);
            if (existential || subject.equals("no")) {
                return j;
            }
        }
        return to;
    }

    /**
     * Skips how it was said: "said by text message", "wrote in an email", "said in an interview with CBC
     * News". A preposition, at most three modifiers and a channel noun, then an optional "with" and the
     * capitalised outlet; anything else leaves {@code k} where it was.
     */
    private static int afterChannel(List<Token> tokens, int k, int sTo) {
        if (k >= sTo || !CHANNEL_PREPOSITIONS.contains(tokens.get(k).lower())) {
            return k;
        }
        for (int j = k + 1; j < sTo && j <= k + 4; j++) {
            String w = tokens.get(j).lower();
            if (CHANNEL_NOUNS.contains(w)) {
                int next = j + 1;
                while (next < sTo && CHANNEL_NOUNS.contains(tokens.get(next).lower())) {
                    next++; // "text message", "phone call", "news conference"
                }
                if (next + 1 < sTo && tokens.get(next).lower().equals("with") && tokens.get(next + 1).isCapitalized()) {
                    next += 2;
                    while (next < sTo && tokens.get(next).isCapitalized()) {
                        next++;
                    }
                }
                return next;
            }
            if (!tokens.get(j).isWord() || CLAUSE_OPENERS.contains(w) && !w.equals("a") && !w.equals("an")
                    && !w.equals("his") && !w.equals("her") && !w.equals("their") && !w.equals("its")) {
                return k;
            }
        }
        return k;
    }

    /** Skips who was told: "told reporters", "told the press", "told CNN". */
    private static int afterListener(List<Token> tokens, int k, int sTo) {
        if (k >= sTo) {
            return k;
        }
        String w = tokens.get(k).lower();
        if (w.equals("the") && k + 1 < sTo && OBJECT_OF_TELL.contains(tokens.get(k + 1).lower())) {
            return k + 2;
        }
        if (OBJECT_OF_TELL.contains(w) && !w.equals("the") && !w.equals("a") && !w.equals("an")) {
            return k + 1;
        }
        int j = k;
        while (j < sTo && tokens.get(j).isCapitalized()) {
            j++;
        }
        return j;
    }

    private static boolean isClauseJoiner(Token t) {
        String w = t.lower();
        return w.equals(",") || w.equals("and") || w.equals("but") || w.equals(";") || w.equals("while")
                || w.equals("—") || w.equals("–") || w.equals("as") || w.equals("where") || w.equals("who")
                || w.equals("whereas") || w.equals("although") || w.equals("though");
    }

    /** Trims whitespace, trailing commas and a sentence-final period; keeps a closing quotation mark. */
    static Span trimmed(String text, int a, int b) {
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a) {
            char ch = text.charAt(b - 1);
            if (Character.isWhitespace(ch) || ch == ',' || ch == '.' || ch == ';' || ch == ':' || ch == '—' || ch == '–') {
                b--;
            } else {
                break;
            }
        }
        return b > a ? new Span(a, b) : null;
    }
}
