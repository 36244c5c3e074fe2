package dev.attest.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises photo credit lines that survive markup filtering (credits inside plain {@code <p>} elements).
 * Only short paragraphs qualify, so a real paragraph that mentions "Getty Images" is kept.
 */
final class PhotoCredits {
    private static final int MAX_CREDIT_LENGTH = 160;
    private static final List<String> AGENCY_MARKERS = List.of(
            "Getty Images", "AP Photo", "Reuters/", "/Reuters", "AFP/", "/AFP", "Shutterstock", "EPA-EFE");
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "(?i)\\b(?:photo|photograph|image|picture|credit|illustration)\\s*:");

    private PhotoCredits() {
    }

    static boolean isCredit(String paragraph) {
        if (paragraph.length() > MAX_CREDIT_LENGTH) {
            return false;
        }
        // The regex only runs on paragraphs with a colon: pages with a million tiny paragraphs stay fast.
        return AGENCY_MARKERS.stream().anyMatch(paragraph::contains)
                || paragraph.indexOf(':') >= 0 && CREDIT_LABEL.matcher(paragraph).find();
    }
}
