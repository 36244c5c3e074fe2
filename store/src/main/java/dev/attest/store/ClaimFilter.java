package dev.attest.store;

import java.time.LocalDate;

/**
 * Restrictions on which claims a listing returns; {@code null} and {@code false} mean "any".
 *
 * @param checkworthy only claims at or above the check-worthiness threshold
 * @param disputed    only claims the article itself contests
 */
public record ClaimFilter(String speaker, LocalDate since, LocalDate until, String outlet, boolean checkworthy, boolean disputed) {
    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, false, false);
    }

    public ClaimFilter withCheckworthy(boolean only) {
        return new ClaimFilter(speaker, since, until, outlet, only, disputed);
    }

    public ClaimFilter withDisputed(boolean only) {
        return new ClaimFilter(speaker, since, until, outlet, checkworthy, only);
    }

    public ClaimFilter withSpeaker(String name) {
        return new ClaimFilter(name, since, until, outlet, checkworthy, disputed);
    }

    StatementFilter asStatementFilter() {
        return new StatementFilter(speaker, since, until, outlet, null, checkworthy, disputed);
    }
}
