package dev.attest.server;

import java.util.Locale;
import java.util.Optional;

/**
 * The verdicts of a review, on the 1-5 scale ClaimReview's reviewRating uses (5 best). "Unsupported" is not on the
 * truth scale: it gets ratingValue -1 and is told apart by alternateName.
 */
public enum Rating {
    TRUE("True", 5), MOSTLY_TRUE("Mostly true", 4), MIXED("Mixed", 3), MOSTLY_FALSE("Mostly false", 2),
    FALSE("False", 1), UNSUPPORTED("Unsupported", -1);

    public static final int BEST = 5;
    public static final int WORST = 1;
    private final String label;
    private final int value;

    Rating(String label, int value) {
        this.label = label;
        this.value = value;
    }

    public String label() {
        return label;
    }

    public int value() {
        return value;
    }

    /** Accepts the label in any case ("Mostly false") or the constant name ("MOSTLY_FALSE"). */
    public static Optional<Rating> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (Rating r : values()) {
            if (r.label.equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t.replace(' ', '_').toUpperCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
