package dev.attest.spark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ImportOptionsTest {
    @Test
    void theStoreDefaultsToTheCliDefaultAndTheMasterToAllLocalCores() {
        assertThat(ImportOptions.parse("out")).isEqualTo(new ImportOptions("out", Path.of("./attest-data"), "local[*]", true));
    }

    @Test
    void storeAndMasterAreTakenInAnyOrder() {
        assertThat(ImportOptions.parse("--store", "s", "out", "--master", "local[2]"))
                .isEqualTo(new ImportOptions("out", Path.of("s"), "local[2]", true));
        assertThat(ImportOptions.parse("out", "--no-claims").claims()).isFalse();
    }

    @Test
    void usageErrorsNameWhatIsWrong() {
        assertThatThrownBy(ImportOptions::parse).hasMessage("missing PARQUET_DIR");
        assertThatThrownBy(() -> ImportOptions.parse("a", "b")).hasMessage("one PARQUET_DIR only, got a and b");
        assertThatThrownBy(() -> ImportOptions.parse("a", "--store")).hasMessage("--store needs a value");
        assertThatThrownBy(() -> ImportOptions.parse("a", "--threads", "2")).hasMessage("unknown option: --threads");
    }
}
