package dev.attest.store;

import dev.attest.core.model.StatementKind;
import java.time.LocalDate;

/**
 * Restrictions on which statements a query returns; every {@code null} and {@code false} means "any".
 *
 * @param speaker     a speaker name in any case; a surname alone finds the full name when it is unique in the corpus
 * @param since       first publication date included
 * @param until       last publication date included
 * @param outlet      a host ("wire.example") or a URL of the outlet
 * @param checkworthy only statements holding a check-worthy claim
 * @param disputed    only statements the article itself disputes
 */
public record StatementFilter(String speaker, LocalDate since, LocalDate until, String outlet, StatementKind kind,
        boolean checkworthy, boolean disputed) {

    public StatementFilter(String speaker, LocalDate since, LocalDate until, String outlet, StatementKind kind) {
        this(speaker, since, until, outlet, kind, false, false);
    }

    public static StatementFilter none() {
        return new StatementFilter(null, null, null, null, null);
    }

    public StatementFilter withSpeaker(String name) {
        return new StatementFilter(name, since, until, outlet, kind, checkworthy, disputed);
    }

    public StatementFilter withSince(LocalDate date) {
        return new StatementFilter(speaker, date, until, outlet, kind, checkworthy, disputed);
    }

    public StatementFilter withUntil(LocalDate date) {
        return new StatementFilter(speaker, since, date, outlet, kind, checkworthy, disputed);
    }

    public StatementFilter withOutlet(String host) {
        return new StatementFilter(speaker, since, until, host, kind, checkworthy, disputed);
    }

    public StatementFilter withKind(StatementKind k) {
        return new StatementFilter(speaker, since, until, outlet, k, checkworthy, disputed);
    }

    public StatementFilter withCheckworthy(boolean only) {
        return new StatementFilter(speaker, since, until, outlet, kind, only, disputed);
    }

    public StatementFilter withDisputed(boolean only) {
        return new StatementFilter(speaker, since, until, outlet, kind, checkworthy, only);
    }
}
