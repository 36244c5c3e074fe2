package dev.attest.core.extract;

import java.util.Set;

/** One step of extraction over a whole article. Stages are stateless and shared between threads. */
interface Stage {
    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    void apply(Work work);
}
