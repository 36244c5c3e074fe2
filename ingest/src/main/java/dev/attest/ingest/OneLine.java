package dev.attest.ingest;

/** Messages are printed one per line, so names and third-party messages must not smuggle in line breaks. */
final class OneLine {
    private static final int MAX_LENGTH = 300;

    private OneLine() {
    }

    static String of(String text) {
        if (text == null || text.isBlank()) {
            return "(unnamed)";
        }
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_LENGTH ? flat : flat.substring(0, MAX_LENGTH) + "…";
    }
}
