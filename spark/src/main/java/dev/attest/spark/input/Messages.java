package dev.attest.spark.input;

/** Exception text for the errors table: one line, bounded, with the exception type when the message is empty. */
public final class Messages {
    private static final int MAX_LENGTH = 500;

    private Messages() {
    }

    public static String of(Throwable e) {
        String message = e.getMessage();
        String text = message == null || message.isBlank()
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + message;
        return oneLine(text);
    }

    public static String oneLine(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= MAX_LENGTH ? flat : flat.substring(0, MAX_LENGTH) + "…";
    }
}
