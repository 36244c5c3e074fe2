package dev.attest.tagger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxGraphOutputsTest {
    // ModelProto { ir_version (1) = 7, graph (7) = GraphProto { name (2) = "g", output (12) = { name "o" } } }
    private static final byte[] TINY_MODEL = {0x08, 0x07, 0x3A, 0x08, 0x12, 0x01, 'g', 0x62, 0x03, 0x0A, 0x01, 'o'};

    @Test
    void theGraphOutputsAreReplacedByOneNamedFloatOutputAndEveryOtherByteIsKept() {
        byte[] patched = OnnxGraphOutputs.withOutputs(TINY_MODEL, List.of("layer"));
        // graph field 12 { name "layer", type { tensor_type { elem_type 1 } } }
        byte[] output = {0x62, 0x0D, 0x0A, 0x05, 'l', 'a', 'y', 'e', 'r', 0x12, 0x04, 0x0A, 0x02, 0x08, 0x01};
        byte[] expected = new byte[3 + 1 + 3 + output.length];
        expected[0] = 0x08;
        expected[1] = 0x07;
        expected[2] = 0x3A;
        expected[3] = (byte) (3 + output.length);
        System.arraycopy(TINY_MODEL, 4, expected, 4, 3);
        System.arraycopy(output, 0, expected, 7, output.length);
        assertThat(patched).isEqualTo(expected);
    }

    @Test
    void bytesWithoutAGraphOrCutShortAreRefused() {
        assertThatThrownBy(() -> OnnxGraphOutputs.withOutputs(new byte[] {0x08, 0x07}, List.of("x")))
                .hasMessageContaining("no graph");
        assertThatThrownBy(() -> OnnxGraphOutputs.withOutputs(new byte[] {0x3A, 0x7F, 0x00}, List.of("x")))
                .hasMessageContaining("past the end");
        assertThatThrownBy(() -> OnnxGraphOutputs.withOutputs("not a model at all".getBytes(StandardCharsets.UTF_8), List.of("x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
