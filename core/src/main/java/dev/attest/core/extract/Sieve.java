package dev.attest.core.extract;

import dev.attest.core.model.Mention;
import java.util.List;
import java.util.Optional;

/**
 * One rule of speaker attribution. Sieves run in order; each sees only the statements that earlier
 * sieves left without a speaker, and stamps its name on what it decides.
 */
interface Sieve {
    String name();

    /** The speaker for {@code drafts.get(index)}, or empty to leave it to later sieves. */
    Optional<Choice> decide(List<Draft> drafts, int index, SieveContext context);

    record Choice(Mention speaker, double confidence) {}
}
