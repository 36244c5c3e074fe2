package dev.attest.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how to read a decoded input by looking at its content, not its file name: downloaded pages are
 * often saved as {@code .txt} or without an extension, and exports are named whatever the exporter liked.
 *
 * <p>Only the head of the text is inspected, so detection is cheap on any input size. Rules, in order:
 * <ol>
 *   <li>first non-blank character is <code>{</code>: {@link InputKind#JSONL};</li>
 *   <li>starts with a doctype, an {@code <html>}, {@code <head>} or {@code <body>} tag, or with another common
 *       HTML element (a pasted fragment such as {@code <p>...</p>}): {@link InputKind#HTML};</li>
 *   <li>the head contains enough HTML tags that it must be markup (a text that merely mentions {@code <p>}
 *       or {@code <html>} once stays text): {@link InputKind#HTML};</li>
 *   <li>otherwise {@link InputKind#TEXT}.</li>
 * </ol>
 * Immutable and thread-safe. Instance methods rather than static ones, so tools (a CLI "--explain" flag, a
 * batch report) can ask what a file is without reading it, and the rules can gain configuration later.
 */
public final class InputKindDetector {
    private final int headLength = 4096;
    /** Weighted tag count at which the head is taken for markup; see {@link #markupScore}. */
    private final int markupThreshold = 4;
    private final Pattern documentStart = Pattern.compile(
            "(?i)^(?:<\\?xml[^>]{0,200}>\\s*)?(?:<!--.{0,2000}?-->\\s*)*"
                    + "(?:<!doctype\\s+html|<html[\\s>]|<head[\\s>]|<body[\\s>])",
            Pattern.DOTALL);
    private final Pattern fragmentStart = Pattern.compile(
            "(?i)^<(?:article|main|section|div|p|h[1-6]|blockquote|ul|ol|table|header|nav|meta|title|link"
                    + "|script|style)[\\s>/]");
    private final Pattern htmlTag = Pattern.compile(
            "(?i)</?(html|head|body|article|main|section|div|span|p|a|br|hr|h[1-6]|ul|ol|li|blockquote|em|strong"
                    + "|b|i|table|tr|td|meta|link|title|script|style|img|figure|nav|header|footer)(?=[\\s>/])"
                    + "[^<>]{0,500}>");

    public InputKind detect(String text) {
        String head = text.substring(0, Math.min(text.length(), headLength)).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        if (head.startsWith("{")) {
            return InputKind.JSONL;
        }
        if (documentStart.matcher(head).find() || fragmentStart.matcher(head).find()) {
            return InputKind.HTML;
        }
        return markupScore(head) >= markupThreshold ? InputKind.HTML : InputKind.TEXT;
    }

    /** Document-level tags count double: {@code <html><body>} alone is conclusive, one stray {@code <p>} is not. */
    private int markupScore(String head) {
        int score = 0;
        Matcher tags = htmlTag.matcher(head);
        while (tags.find() && score < markupThreshold) {
            String name = tags.group(1).toLowerCase(Locale.ROOT);
            score += name.equals("html") || name.equals("body") || name.equals("head") ? 2 : 1;
        }
        return score;
    }
}
