package dev.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.attest.core.extract.Pipeline;
import dev.attest.core.model.Ledger;
import dev.attest.core.model.Statement;
import dev.attest.core.model.StatementKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Search with filters against an oracle computed from the ledgers themselves. */
class StatementSearchTest {
    @TempDir
    static Path dir;
    static CorpusStore store;
    static final List<Expected> STATEMENTS = new ArrayList<>();

    /** What the oracle knows about one stored statement. */
    record Expected(String ref, String content, String speaker, StatementKind kind, LocalDate date, String outlet) {
    }

    record Case(String name, String query, StatementFilter filter, Set<String> anyWord, Predicate<Expected> passes) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void fill() {
        Pipeline pipeline = Pipeline.standard();
        store = CorpusStore.open(dir);
        for (Ledger ledger : FixtureArticles.articles(40).stream().map(pipeline::analyze).toList()) {
            store.add(ledger);
            ArticleIdentity id = ArticleIdentity.of(ledger.article());
            for (Statement s : ledger.statements()) {
                STATEMENTS.add(new Expected(id.ref() + ":" + s.id(), s.contentText(), s.speaker().name(), s.kind(),
                        ledger.article().published(), id.outlet()));
            }
        }
        store.commit();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    static Stream<Case> cases() {
        LocalDate jan10 = LocalDate.of(2026, 1, 10);
        LocalDate jan20 = LocalDate.of(2026, 1, 20);
        StatementFilter none = StatementFilter.none();
        return Stream.of(
                new Case("words only", "bridge", none, Set.of("bridge"), e -> true),
                new Case("speaker by surname", "bridge", none.withSpeaker("Vasquez"), Set.of("bridge"), e -> e.speaker().equals("Elena Vasquez")),
                new Case("speaker in lower case", "budget", none.withSpeaker("elena vasquez"), Set.of("budget"), e -> e.speaker().equals("Elena Vasquez")),
                new Case("kind indirect", "dollars", none.withKind(StatementKind.INDIRECT), Set.of("dollars"), e -> e.kind() == StatementKind.INDIRECT),
                new Case("kind and outlet", "budget", none.withKind(StatementKind.DIRECT).withOutlet("wire.example"), Set.of("budget"),
                        e -> e.kind() == StatementKind.DIRECT && "wire.example".equals(e.outlet())),
                new Case("date range inclusive", "winter", none.withSince(jan10).withUntil(jan20), Set.of("winter"),
                        e -> !e.date().isBefore(jan10) && !e.date().isAfter(jan20)),
                new Case("since only", "saved", none.withSince(LocalDate.of(2026, 2, 5)), Set.of("saved"), e -> e.date().isAfter(LocalDate.of(2026, 2, 4))),
                new Case("outlet given as a URL", "dollars", none.withOutlet("https://www.Wire.example/anything"), Set.of("dollars"),
                        e -> "wire.example".equals(e.outlet())),
                new Case("unknown word", "zeppelin", none, Set.of("zeppelin"), e -> true),
                new Case("no mixed statements", "budget", none.withKind(StatementKind.MIXED), Set.of("budget"), e -> false),
                new Case("unknown speaker", "budget", none.withSpeaker("Nobody Atall"), Set.of("budget"), e -> false),
                new Case("query syntax is forgiven", "\"budget will hold (", none, Set.of("budget", "hold"), e -> true),
                new Case("any word matches", "hospital depot", none, Set.of("hospital", "depot"), e -> true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsExactlyTheMatchingStatements(Case c) {
        Set<String> expected = STATEMENTS.stream()
                .filter(e -> c.anyWord().stream().anyMatch(w -> e.content().toLowerCase(Locale.ROOT).contains(w)))
                .filter(c.passes())
                .map(Expected::ref)
                .collect(Collectors.toSet());
        SearchResult result = store.search(c.query(), c.filter(), 1000);
        assertThat(result.hits()).extracting(h -> h.statement().ref()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.totalMatches()).isEqualTo(expected.size());
        List<String> exported = new ArrayList<>();
        store.export(c.query(), c.filter(), row -> exported.add(row.ref()));
        assertThat(exported).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theBestMatchComesFirstAndLimitCutsTheList() {
        SearchResult result = store.search("water treatment plant", StatementFilter.none(), 3);
        assertThat(result.hits()).hasSize(3);
        assertThat(result.totalMatches()).isGreaterThan(3);
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.statement().content()).contains("water treatment plant"));
        assertThat(result.hits()).extracting(StatementHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void exportRunsOldestFirst() {
        List<StatementRow> rows = new ArrayList<>();
        store.export(null, StatementFilter.none(), rows::add);
        assertThat(rows).hasSize(STATEMENTS.size());
        assertThat(rows).extracting(StatementRow::published).isSorted();
    }
}
