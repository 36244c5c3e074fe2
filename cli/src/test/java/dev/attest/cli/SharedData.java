package dev.attest.cli;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates {@code ../shared} (evaluation data outside the repository). Tests that need it are skipped with a
 * message on a user's clone, and fail when {@code attest.requireSharedData} or ATTEST_REQUIRE_SHARED_DATA is
 * "true" (CI).
 */
final class SharedData {
    private SharedData() {}

    static Path require(String relative) {
        String dir = System.getProperty("attest.shared.dir", "../../shared");
        Path p = Path.of(dir).resolve(relative);
        boolean required = "true".equals(System.getProperty("attest.requireSharedData"))
                || "true".equals(System.getenv("ATTEST_REQUIRE_SHARED_DATA"));
        if (!Files.exists(p)) {
            if (required) {
                fail("shared data required but missing: " + p.toAbsolutePath());
            }
            assumeTrue(false, "skipped: shared data not found at " + p.toAbsolutePath());
        }
        return p;
    }
}
