package dev.attest.ingest;

/**
 * CRLF and lone CR become LF before anything else looks at the text, so every offset Attest reports refers to
 * the LF-normalised text and is the same whichever platform wrote the file.
 */
final class LineEndings {
    private LineEndings() {
    }

    static String normalise(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
