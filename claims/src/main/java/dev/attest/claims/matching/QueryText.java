package dev.attest.claims.matching;

import java.util.regex.Pattern;

/**
 * Cleans a social-media post before matching: links and picture links carry no words; the embed signature
 * ("— Name (@handle) Month d, yyyy") keeps the name, which a claim may be about, and loses the handle and date;
 * (dropping the name too cost 0.03 MAP@5 on CT20 train: fact-checked tweets are often about their author);
 * hashtags and handles are split into words ("#AustralianFires" -> "Australian Fires"), so both BM25 and the
 * embedding see them.
 */
public final class QueryText {
    private static final Pattern LINK = Pattern.compile("(?:https?://|pic\\.twitter\\.com/)\\S*");
    private static final Pattern SIGNATURE_DATE = Pattern.compile(
            "\\(@\\w+\\)\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}\\s*$");
    private static final Pattern SIGNATURE = Pattern.compile(
            "—\\s*[^—]*\\(@\\w+\\)\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}\\s*$");
    private static final Pattern TAG = Pattern.compile("[#@](\\w+)");
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    private QueryText() {
    }

    /** The post without its embed signature, name included: what the author says, not who says it. */
    public static String content(String text) {
        return clean(SIGNATURE.matcher(text).replaceAll(" "));
    }

    public static String clean(String text) {
        String t = LINK.matcher(text).replaceAll(" ");
        t = SIGNATURE_DATE.matcher(t).replaceAll(" ");
        t = TAG.matcher(t).replaceAll(m -> CAMEL.matcher(m.group(1)).replaceAll(" ").replace("_", " "));
        return t.replace('—', ' ').replaceAll("\\s+", " ").strip();
    }
}
