package dev.attest.claims;

import dev.attest.core.lexicon.WordSet;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Span;
import dev.attest.core.model.Statement;
import dev.attest.core.text.Layout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Cuts an article into claims. Each sentence is first cut into clauses at ", but", ", and", ";" and
 * similar joints when both sides are long enough to be clauses of their own ("The president has sent
 * thousands of troops to the border, but opponents say ..." holds the author's claim and a
 * statement). A clause that overlaps statements yields the part of each statement's content inside
 * it (so a long quote becomes one claim per sentence); a clause outside every statement is a claim
 * in the article's own voice, kept when it has at least {@value #MIN_ARTICLE_WORDS} words and one
 * lower-case word (headlines and photo credits are all capitals). Stateless and thread-safe.
 */
final class ClaimSplitter {
    static final int MIN_ARTICLE_WORDS = 3;
    static final int MIN_STATEMENT_WORDS = 1;
    /** Each side of a clause joint needs this many words, so lists ("A, B, and C") stay whole. */
    static final int MIN_CLAUSE_WORDS = 5;
    private static final Set<String> JOINTS = WordSet.of("but", "and", "while", "whereas", "yet", "although", "though");
    private static final Set<String> LEADING_CONNECTIVES = WordSet.of("but", "and", "while", "whereas", "yet", "so", "although", "though");
    /** Words that open a sentence, so "U.S. Our" is a boundary but "U.S. Army" is not. */
    private static final Set<String> SENTENCE_STARTERS = WordSet.of("our", "the", "we", "it", "this", "he", "she", "they",
            "i", "but", "and", "in", "a", "there", "that", "these", "those", "his", "her", "their", "its", "my", "many",
            "some", "now", "then", "so", "yet", "however", "meanwhile", "officials", "critics");
    private static final String EDGE_PUNCTUATION = ",;:—–-(\"“”‘’'«»„ \t\n\u00a0";

    List<ClaimUnit> split(Ledger ledger, Layout layout) {
        String text = layout.text();
        List<Statement> statements = ledger.statements().stream()
                .sorted(Comparator.comparing(Statement::content)).toList();
        List<ClaimUnit> out = new ArrayList<>();
        for (Span sentence : layout.sentences()) {
            List<Word> words = Word.of(layout.tokensIn(sentence.start(), sentence.end()));
            for (Span clause : clauses(sentence, words, statements)) {
                List<Statement> inside = statements.stream().filter(s -> s.content().overlaps(clause)).toList();
                if (inside.isEmpty()) {
                    Span trimmed = trim(text, clause, layout);
                    if (trimmed != null && isArticleClaim(layout, trimmed)) {
                        out.add(new ClaimUnit(trimmed, null, sentence, "article-clause"));
                    }
                    continue;
                }
                for (Statement s : inside) {
                    Span piece = intersect(s.content(), clause);
                    Span trimmed = piece == null ? null : trim(text, withoutComplementizer(text, piece), layout);
                    if (trimmed == null || wordCount(layout, trimmed) < MIN_STATEMENT_WORDS || mostlyCovered(out, trimmed)) {
                        continue;
                    }
                    String rule = clause.equals(sentence) ? "statement-sentence" : "statement-clause";
                    out.add(new ClaimUnit(trimmed, s, sentence, rule));
                }
            }
        }
        out.sort(Comparator.comparing(ClaimUnit::span));
        return out;
    }

    /**
     * The sentence cut into clauses: first at an abbreviation that ends a sentence the sentence model
     * missed ("... into the U.S. Our Border is sacred"), then at ", but" / ", and" / ";" joints with at
     * least {@value #MIN_CLAUSE_WORDS} words each side. Neighbouring comma clauses inside one statement
     * are joined again: there the joint is coordination within what was said ("women and children in
     * one group, and the other made up of young people"), not a change of voice.
     */
    static List<Span> clauses(Span sentence, List<Word> words, List<Statement> statements) {
        List<Span> out = new ArrayList<>();
        for (Span part : abbreviationBreaks(sentence, words)) {
            List<Word> partWords = words.stream().filter(w -> part.contains(w.span())).toList();
            List<Span> pieces = commaClauses(part, partWords);
            Span current = pieces.getFirst();
            for (Span next : pieces.subList(1, pieces.size())) {
                if (shareStatement(statements, current, next)) {
                    current = new Span(current.start(), next.end());
                } else {
                    out.add(current);
                    current = next;
                }
            }
            out.add(current);
        }
        return out;
    }

    private static boolean shareStatement(List<Statement> statements, Span a, Span b) {
        for (Statement s : statements) {
            if (s.content().overlaps(a) && s.content().overlaps(b)) {
                return true;
            }
        }
        return false;
    }

    private static List<Span> abbreviationBreaks(Span sentence, List<Word> words) {
        List<Span> out = new ArrayList<>();
        int start = sentence.start();
        for (int i = 1; i + 2 < words.size(); i++) {
            Word w = words.get(i);
            Word next = words.get(i + 1);
            if (w.original().length() > 2 && w.original().endsWith(".") && w.original().indexOf('.') < w.original().length() - 1
                    && next.isCapitalised() && SENTENCE_STARTERS.contains(next.norm())) {
                out.add(new Span(start, w.end()));
                start = next.start();
            }
        }
        out.add(new Span(start, sentence.end()));
        return out;
    }

    private static List<Span> commaClauses(Span sentence, List<Word> words) {
        List<Span> out = new ArrayList<>();
        int clauseStart = sentence.start();
        int wordsInClause = 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            boolean joint = w.norm().equals(";")
                    || w.norm().equals(",") && i + 1 < words.size() && JOINTS.contains(words.get(i + 1).norm());
            if (joint && wordsInClause >= MIN_CLAUSE_WORDS && alphabeticAfter(words, i + 1) >= MIN_CLAUSE_WORDS) {
                out.add(new Span(clauseStart, w.start()));
                clauseStart = w.end();
                wordsInClause = 0;
            } else if (w.isAlphabetic() || w.isNumber()) {
                wordsInClause++;
            }
        }
        out.add(new Span(clauseStart, sentence.end()));
        return out;
    }

    private static int alphabeticAfter(List<Word> words, int from) {
        int n = 0;
        for (int i = from; i < words.size() && !words.get(i).norm().equals(";"); i++) {
            n += words.get(i).isAlphabetic() || words.get(i).isNumber() ? 1 : 0;
        }
        return n;
    }

    /** Strips spaces, quotation marks, commas and a leading connective ("but", "and"); null when nothing is left. */
    static Span trim(String text, Span span, Layout layout) {
        int a = span.start();
        int b = span.end();
        while (true) {
            while (a < b && EDGE_PUNCTUATION.indexOf(text.charAt(a)) >= 0) {
                a++;
            }
            int wordEnd = a;
            while (wordEnd < b && Character.isLetter(text.charAt(wordEnd))) {
                wordEnd++;
            }
            if (wordEnd > a && wordEnd < b && Character.isWhitespace(text.charAt(wordEnd))
                    && LEADING_CONNECTIVES.contains(text.substring(a, wordEnd).toLowerCase(java.util.Locale.ROOT))) {
                a = wordEnd;
                continue;
            }
            break;
        }
        while (b > a && EDGE_PUNCTUATION.indexOf(text.charAt(b - 1)) >= 0) {
            b--;
        }
        return b > a ? new Span(a, b) : null;
    }

    private static boolean isArticleClaim(Layout layout, Span span) {
        var tokens = layout.tokensIn(span.start(), span.end());
        long words = tokens.stream().filter(t -> t.isWord() || Character.isDigit(t.text().charAt(0))).count();
        boolean lowerCase = tokens.stream().anyMatch(t -> t.isWord() && Character.isLowerCase(t.text().charAt(0)));
        return words >= MIN_ARTICLE_WORDS && lowerCase;
    }

    private static int wordCount(Layout layout, Span span) {
        return (int) layout.tokensIn(span.start(), span.end()).stream()
                .filter(t -> t.isWord() || Character.isDigit(t.text().charAt(0))).count();
    }

    private static Span intersect(Span a, Span b) {
        int s = Math.max(a.start(), b.start());
        int e = Math.min(a.end(), b.end());
        return e > s ? new Span(s, e) : null;
    }

    /**
     * Reported content keeps its "that" (as quote annotators mark it); the claim is the proposition
     * after it: "that the troops are limited" claims "the troops are limited".
     */
    private static Span withoutComplementizer(String text, Span piece) {
        String s = piece.of(text);
        if (s.length() > 5 && s.regionMatches(true, 0, "that ", 0, 5)) {
            return new Span(piece.start() + 5, piece.end());
        }
        return piece;
    }

    /** A piece of a second, overlapping statement adds nothing when an earlier claim already covers most of it. */
    private static boolean mostlyCovered(List<ClaimUnit> done, Span piece) {
        for (ClaimUnit u : done) {
            if (u.span().overlap(piece) * 2 > piece.length()) {
                return true;
            }
        }
        return false;
    }
}
