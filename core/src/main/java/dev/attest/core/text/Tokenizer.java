package dev.attest.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words, numbers and single punctuation marks, keeping offsets. Words keep inner
 * apostrophes, hyphens and abbreviation dots ("won’t", "U.S.-Mexico", "Sen.") because speaker and
 * cue patterns match on whole words. Hand-written because it runs over every character of every
 * article and a scanner is several times faster than a regex here.
 */
public final class Tokenizer {

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                        i++;
                    } else if (isInnerJoiner(d) && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else if (d == '.' && isAbbreviationDot(text, start, i, to)) {
                        i++;
                    } else {
                        break;
                    }
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < to) {
                i += 2;
            } else {
                i++;
            }
            out.add(new Token(start, i, text.substring(start, i)));
        }
        return out;
    }

    private static boolean isInnerJoiner(char d) {
        return d == '\'' || d == '’' || d == '-' || d == '‐' || d == '.' || d == ',' || d == '/' || d == '&';
    }

    /** "U.S." and "Jr." keep their final dot; a sentence-final dot after an ordinary word does not. */
    private static boolean isAbbreviationDot(String text, int start, int dot, int to) {
        int len = dot - start;
        boolean nextIsSpaceOrEnd = dot + 1 >= to || !Character.isLetterOrDigit(text.charAt(dot + 1));
        if (!nextIsSpaceOrEnd) {
            return false;
        }
        String word = text.substring(start, dot);
        if (word.indexOf('.') >= 0) {
            return true; // U.S, a.m
        }
        return len == 1 && Character.isUpperCase(word.charAt(0)) || Abbreviations.isTitleAbbreviation(word);
    }
}
