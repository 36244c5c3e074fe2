package dev.attest.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Tests over one {@link TestWorkbench} per class: starting it ingests the examples, which is worth doing once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WorkbenchTestCase {
    final ObjectMapper mapper = new ObjectMapper();
    TestWorkbench wb;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        wb = new TestWorkbench(temp);
    }

    @AfterAll
    void stop() {
        wb.close();
    }
}
