package dev.attest.core.lexicon;

import java.util.Arrays;
import java.util.Set;

/** Word lists grow by hand; a repeated word must not break class loading the way {@code Set.of} does. */
public final class WordSet {
    private WordSet() {}

    public static Set<String> of(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
