package dev.attest.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateCacheTest {
    @Test
    void statesOfDifferentLayersAreCachedApartAndReadBackAsWritten(@TempDir Path dir) throws IOException {
        String text = "The mayor said the bridge would reopen.";
        StateCache last = new StateCache(dir, new FakeEncoder(1));
        StateCache middle = new StateCache(dir, new FakeEncoder(2, List.of(3, 4)));
        PieceStates lastStates = last.encode(text);
        PieceStates middleStates = middle.encode(text);
        assertThat(middleStates.states()).isNotEqualTo(lastStates.states());
        assertThat(middle.layers()).containsExactly(3, 4);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .hasSize(2).anyMatch(n -> n.endsWith("-layers-3-4.states")).anyMatch(n -> !n.contains("layers"));
        }
        assertThat(new StateCache(dir, new FakeEncoder(99)).encode(text).states()).isEqualTo(lastStates.states());
        assertThat(new StateCache(dir, new FakeEncoder(98, List.of(3, 4))).encode(text).states())
                .isEqualTo(middleStates.states());
    }
}
