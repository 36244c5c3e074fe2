package dev.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser loads the article page of the hostile article: statements must be highlighted and no script from
 * the article may run (the injected scripts would set document.title to "pwned"). Uses {@code chromium --dump-dom},
 * which prints the DOM after load, so no driver is needed. Skips without /usr/bin/chromium unless
 * ATTEST_REQUIRE_BROWSER=true.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void articlePageHighlightsStatementsAndRunsNoInjectedScript(@TempDir Path temp) throws Exception {
        boolean required = "true".equalsIgnoreCase(System.getenv("ATTEST_REQUIRE_BROWSER"));
        if (!Files.isExecutable(CHROMIUM)) {
            if (required) {
                throw new AssertionError(CHROMIUM + " is missing and ATTEST_REQUIRE_BROWSER=true (apt-get install -y chromium)");
            }
            Assumptions.abort("skipped: " + CHROMIUM + " not installed (apt-get install -y chromium); set ATTEST_REQUIRE_BROWSER=true to fail instead");
        }
        try (TestWorkbench wb = new TestWorkbench(temp)) {
            String dom = dumpDom(wb.server.url() + "/articles/" + wb.hostileRef(), temp.resolve("profile"));
            assertThat(dom).contains("<mark class=\"stmt spk-0\"").contains("data-statement=\"s");
            Matcher title = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL).matcher(dom);
            assertThat(title.find()).isTrue();
            assertThat(title.group(1)).isNotEqualTo("pwned").endsWith("· Attest").contains("Mayor");
            assertThat(dom).doesNotContain("<script>document.title").doesNotContain("<img");
        }
    }

    private static String dumpDom(String url, Path profile) throws Exception {
        List<String> command = List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--virtual-time-budget=3000", "--dump-dom", url);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 60 s");
        }
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        return new String(out, StandardCharsets.UTF_8);
    }
}
