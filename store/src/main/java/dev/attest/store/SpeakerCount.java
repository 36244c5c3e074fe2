package dev.attest.store;

import java.util.List;

/**
 * A corpus-wide speaker with the number of statements attributed to them.
 *
 * @param name    the most frequent spelling of the canonical (longest) name
 * @param key     the entity key, see {@link SpeakerKey}
 * @param aliases other keys merged into this speaker ("trump" for "donald trump"), sorted
 */
public record SpeakerCount(String name, String key, long statements, List<String> aliases) {
    public SpeakerCount {
        aliases = List.copyOf(aliases);
    }
}
