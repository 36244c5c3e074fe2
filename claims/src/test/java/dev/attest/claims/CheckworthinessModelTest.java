package dev.attest.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CheckworthinessModelTest {

    @Test
    void bundledModelLoadsWithItsMetadata() {
        CheckworthinessModel m = Analyzers.model();
        assertThat(m.threshold()).isBetween(0.05, 0.95);
        assertThat(m.bandLow()).isLessThanOrEqualTo(m.threshold());
        assertThat(m.bandHigh()).isGreaterThanOrEqualTo(m.threshold());
        assertThat(m.metadataJson()).contains("\"model_id\"", "\"train_file_sha256\"", "\"cv_f1_yes_cascade\"");
    }

    @Test
    void writesAndReadsBackTheSameModel() throws IOException {
        CheckworthinessModel m = Analyzers.model();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        m.write(bytes);
        CheckworthinessModel back = CheckworthinessModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        // Arrays.equals: AssertJ's element-wise comparison takes seconds on 262k weights.
        assertThat(Arrays.equals(back.lexical(), m.lexical())).isTrue();
        assertThat(Arrays.equals(back.full(), m.full())).isTrue();
        assertThat(back.threshold()).isEqualTo(m.threshold());
        assertThat(back.metadataJson()).isEqualTo(m.metadataJson());
    }

    @Test
    void rejectsAFileThatIsNotAModel() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write("not a model at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> CheckworthinessModel.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class);
    }
}
