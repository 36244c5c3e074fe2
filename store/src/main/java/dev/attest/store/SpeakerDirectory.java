package dev.attest.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * The named speakers of the corpus, one entry per person or organisation, built from the statement documents'
 * doc values at query time, so every new article can change who an alias points to.
 *
 * <p>Names are grouped by {@link SpeakerKey} (case-insensitive). A one-word name is an alias of a longer name
 * ending with that word when exactly one such longer name exists ("Trump" -> "Donald Trump"); with two
 * candidates ("Ivanka Trump" and "Donald Trump") it stays on its own, because a wrong merge misattributes
 * statements and a missed merge only splits a list.
 */
final class SpeakerDirectory {
    private final Map<String, String> canonicalByKey;
    private final Map<String, SpeakerCount> byCanonicalKey;
    private final Map<String, List<String>> fullNamesByLastToken;

    private SpeakerDirectory(Map<String, String> canonicalByKey, Map<String, SpeakerCount> byCanonicalKey,
                             Map<String, List<String>> fullNamesByLastToken) {
        this.canonicalByKey = canonicalByKey;
        this.byCanonicalKey = byCanonicalKey;
        this.fullNamesByLastToken = fullNamesByLastToken;
    }

    static SpeakerDirectory of(IndexReader reader) throws IOException {
        Map<String, Long> countByName = countNamedSpeakers(reader);
        Map<String, Map<String, Long>> spellingsByKey = new HashMap<>();
        countByName.forEach((name, n) -> spellingsByKey.computeIfAbsent(SpeakerKey.of(name), k -> new HashMap<>()).merge(name, n, Long::sum));

        Map<String, List<String>> fullNamesByLastToken = new HashMap<>();
        for (String key : spellingsByKey.keySet()) {
            if (!SpeakerKey.isSingleToken(key)) {
                fullNamesByLastToken.computeIfAbsent(SpeakerKey.lastToken(key), t -> new ArrayList<>()).add(key);
            }
        }
        Map<String, String> canonical = new HashMap<>();
        for (String key : spellingsByKey.keySet()) {
            List<String> fullNames = SpeakerKey.isSingleToken(key) ? fullNamesByLastToken.get(key) : null;
            canonical.put(key, fullNames != null && fullNames.size() == 1 ? fullNames.getFirst() : key);
        }

        Map<String, SpeakerCount> groups = new HashMap<>();
        Map<String, TreeSet<String>> aliases = new HashMap<>();
        Map<String, Long> totals = new HashMap<>();
        canonical.forEach((key, target) -> {
            long n = spellingsByKey.get(key).values().stream().mapToLong(Long::longValue).sum();
            totals.merge(target, n, Long::sum);
            TreeSet<String> a = aliases.computeIfAbsent(target, t -> new TreeSet<>());
            if (!key.equals(target)) {
                a.add(key);
            }
        });
        totals.forEach((target, n) -> groups.put(target,
                new SpeakerCount(mostFrequent(spellingsByKey.get(target)), target, n, List.copyOf(aliases.get(target)))));
        return new SpeakerDirectory(Map.copyOf(canonical), Map.copyOf(groups), Map.copyOf(fullNamesByLastToken));
    }

    /** Counts statements per exact speaker name, reading doc values segment by segment and skipping deleted documents. */
    private static Map<String, Long> countNamedSpeakers(IndexReader reader) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues names = DocValues.getSorted(leaf.reader(), Fields.NAMED_SPEAKER);
            Bits live = leaf.reader().getLiveDocs();
            long[] perOrd = new long[names.getValueCount()];
            for (int doc = names.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = names.nextDoc()) {
                if (live == null || live.get(doc)) {
                    perOrd[names.ordValue()]++;
                }
            }
            for (int ord = 0; ord < perOrd.length; ord++) {
                if (perOrd[ord] > 0) {
                    counts.merge(names.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
                }
            }
        }
        return counts;
    }

    /** The most frequent spelling; on a tie one not in capitals (from a headline or a shouting wire), then the first alphabetically. */
    private static String mostFrequent(Map<String, Long> spellings) {
        Comparator<Map.Entry<String, Long>> preferred = Map.Entry.<String, Long>comparingByValue()
                .thenComparing(e -> !isAllCaps(e.getKey()))
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()));
        return spellings.entrySet().stream().max(preferred).orElseThrow().getKey();
    }

    private static boolean isAllCaps(String name) {
        return name.chars().anyMatch(Character::isLetter) && name.chars().noneMatch(Character::isLowerCase);
    }

    /** The corpus-wide key for a key seen in one ledger; unknown keys (unnamed sources) map to themselves. */
    String canonicalKey(String key) {
        return canonicalByKey.getOrDefault(key, key);
    }

    /**
     * The speaker a user means by {@code name}, in any case, by full name or by a surname that ends exactly one
     * full name (also when no article ever called the speaker by the surname alone).
     */
    Optional<SpeakerCount> find(String name) {
        String key = SpeakerKey.of(name);
        if (!canonicalByKey.containsKey(key) && SpeakerKey.isSingleToken(key)) {
            List<String> fullNames = fullNamesByLastToken.get(key);
            if (fullNames != null && fullNames.size() == 1) {
                key = fullNames.getFirst();
            }
        }
        return Optional.ofNullable(byCanonicalKey.get(canonicalKey(key)));
    }

    /** Full-name speakers a bare surname could mean when it identifies none of them alone ("Clinton": Bill and Hillary). */
    List<SpeakerCount> ambiguous(String name) {
        String key = SpeakerKey.of(name);
        if (find(name).isPresent() || !SpeakerKey.isSingleToken(key)) {
            return List.of();
        }
        List<String> fullNames = fullNamesByLastToken.getOrDefault(key, List.of());
        return fullNames.size() < 2 ? List.of() : fullNames.stream().map(byCanonicalKey::get)
                .sorted(Comparator.comparingLong(SpeakerCount::statements).reversed().thenComparing(SpeakerCount::key)).toList();
    }

    /** Every key whose statements belong to the speaker named {@code name}; for an unknown name, its own key. */
    List<String> keysOf(String name) {
        return find(name).map(s -> {
            List<String> keys = new ArrayList<>(s.aliases());
            keys.add(s.key());
            return keys;
        }).orElseGet(() -> List.of(SpeakerKey.of(name)));
    }

    /** Most statements first, then by name. */
    List<SpeakerCount> top(int n) {
        return byCanonicalKey.values().stream()
                .sorted(Comparator.comparingLong(SpeakerCount::statements).reversed().thenComparing(SpeakerCount::key))
                .limit(n)
                .toList();
    }

    int size() {
        return byCanonicalKey.size();
    }
}
